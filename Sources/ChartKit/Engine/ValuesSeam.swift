import GoValue

/// What rendering needs from the values layer, as two replaceable steps, so the
/// engine can run before (and independently of) `ChartKit/Values`.
public struct ValuesSeam: Sendable {
    /// Applies conditions, tags and import-values to `chart` (pruning disabled subcharts)
    /// and returns the coalesced values tree; validates schemas unless told not to.
    public var prepare: @Sendable (_ chart: inout Chart, _ userValues: GoMap, _ skipSchemaValidation: Bool) throws -> GoMap

    public init(prepare: @escaping @Sendable (inout Chart, GoMap, Bool) throws -> GoMap) {
        self.prepare = prepare
    }

    /// A plain coalescer: defaults under user values, subchart sections, globals copied down.
    /// No conditions, tags, import-values or schemas.
    public static let basic = ValuesSeam { chart, user, _ in BasicCoalescer.coalesce(chart, user) }
}

/// The minimum of Helm's coalescing, used until the values layer is wired in.
enum BasicCoalescer {
    static func coalesce(_ chart: Chart, _ user: GoMap) -> GoMap {
        let out = deepCopy(user)
        merge(defaults: chart.values, into: out)
        let parentGlobal = out["global"]?.mapValue
        for sub in chart.dependencies {
            let section = out[sub.name]?.mapValue ?? GoMap()
            if let parentGlobal {
                let global = section["global"]?.mapValue ?? GoMap()
                for (k, v) in parentGlobal.entries { global[k] = v }
                section["global"] = .map(global)
            }
            out[sub.name] = .map(coalesce(sub, section))
        }
        return out
    }

    static func merge(defaults: GoMap, into dst: GoMap) {
        for (k, v) in defaults.entries {
            switch dst.entries[k] {
            case nil:
                dst[k] = deepCopyValue(v)
            case .nil?:
                dst.entries.removeValue(forKey: k)
            case .map(let m)?:
                if case .map(let d) = v { merge(defaults: d, into: m) }
            default:
                break
            }
        }
        for (k, v) in dst.entries where v.isNil && defaults.entries[k] == nil { dst.entries.removeValue(forKey: k) }
    }

    static func deepCopy(_ m: GoMap) -> GoMap {
        GoMap(m.entries.mapValues(deepCopyValue), valueType: m.valueType, isNil: m.isNil)
    }

    static func deepCopyValue(_ v: GoValue) -> GoValue {
        switch v {
        case .map(let m): return .map(deepCopy(m))
        case .slice(var s): s.elements = s.elements.map(deepCopyValue); return .slice(s)
        default: return v
        }
    }
}
