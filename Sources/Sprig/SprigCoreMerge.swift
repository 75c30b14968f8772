import GoValue

/// dario.cat/mergo's `Merge` / `MergeWithOverwrite` as Sprig calls them on
/// `map[string]interface{}`, and mitchellh/copystructure's deep copy.
///
/// The rules are mergo's, quirks included: without overwrite a key is filled only when
/// the destination's value is missing or empty (`""`, `0`, `false`, an empty list), nested
/// maps merge into the destination's own map, and a map or list from the source is stored
/// by reference, not copied.
enum SprigCoreMerge {
    /// Merges `src` into `dst` in place.
    static func merge(into dst: GoMap, from src: GoMap, overwrite: Bool) {
        for key in src.sortedKeys {
            let srcElement = src.entries[key]!
            let dstElement = dst.entries[key]
            if srcElement.isNil {
                if overwrite { set(dst, key, .nil) }
                continue
            }
            switch srcElement {
            case .map(let srcMap):
                if case .map(let dstMap)? = dstElement, !dstMap.isNil {
                    merge(into: dstMap, from: srcMap, overwrite: overwrite)
                }
            case .slice(let srcSlice):
                var dstSlice: GoValue
                if let existing = dstElement, !existing.isNil {
                    dstSlice = existing
                } else {
                    dstSlice = .slice(GoSlice([], elementType: srcSlice.elementType))
                }
                if overwrite || dst.entries.isEmpty { dstSlice = srcElement }
                set(dst, key, dstSlice)
            default:
                break
            }
            if let existing = dstElement, !SprigCoreValues.isEmpty(existing) {
                if case .slice = srcElement { continue }
                if case .map = srcElement, case .map = existing { continue }
            }
            if overwrite || dstElement == nil || SprigCoreValues.isEmpty(dstElement!) {
                set(dst, key, srcElement)
            }
        }
    }

    /// Stores a value unless the map's element type cannot hold it (reflect would panic;
    /// only typed maps such as `split`'s `map[string]string` can refuse).
    private static func set(_ m: GoMap, _ key: String, _ value: GoValue) {
        if m.valueType != .interface && value.type != m.valueType { return }
        m[key] = value
    }

    /// copystructure's `Copy`: new maps and slices all the way down, other values as they are.
    static func deepCopy(_ value: GoValue) -> GoValue {
        switch value {
        case .map(let m):
            return .map(GoMap(m.entries.mapValues(deepCopy), valueType: m.valueType, isNil: m.isNil))
        case .slice(let s):
            return .slice(GoSlice(s.elements.map(deepCopy), elementType: s.elementType, isNil: s.isNil))
        default:
            return value
        }
    }
}
