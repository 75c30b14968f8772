import GoValue

/// Map operations Helm applies to whole values trees.
public enum ValueMerge {
    /// Helm's `loader.MergeMaps`: a new map with `b` over `a`; maps merge recursively,
    /// every other value (null included) replaces. Used between `-f` files.
    public static func mergeMaps(_ a: GoMap, _ b: GoMap) -> GoMap {
        let out = GoMap(a.entries)
        for (key, value) in b.entries {
            if let vm = value.mapValue, vm.valueType == .interface,
               let existing = out[key]?.mapValue, existing.valueType == .interface {
                out[key] = .map(mergeMaps(existing, vm))
            } else {
                out[key] = value
            }
        }
        return out
    }

    /// A deep copy (Helm's `copystructure.Copy`): maps and slices are new, so
    /// coalescing never writes into a chart's own defaults.
    public static func deepCopy(_ value: GoValue) -> GoValue {
        switch value {
        case .map(let m): return .map(deepCopy(m))
        case .slice(var s):
            s.elements = s.elements.map(deepCopy)
            return .slice(s)
        default: return value
        }
    }

    /// A deep copy of a map.
    public static func deepCopy(_ map: GoMap) -> GoMap {
        GoMap(map.entries.mapValues(deepCopy), valueType: map.valueType, isNil: map.isNil)
    }

    /// Whether a value is a table in Helm's sense (`map[string]interface{}`).
    static func isTable(_ v: GoValue?) -> Bool {
        if let m = v?.mapValue, m.valueType == .interface { return true }
        return false
    }

    /// The value as a table, or nil.
    static func table(_ v: GoValue?) -> GoMap? {
        if let m = v?.mapValue, m.valueType == .interface { return m }
        return nil
    }
}
