import GoValue

/// Reads struct fields from a decoded map the way encoding/json does (exact key first,
/// then a case-insensitive match).
struct MetadataFields {
    var map: GoMap
    var owner: String

    func value(_ key: String) -> GoValue? {
        if let v = map[key] { return v }
        let lower = key.lowercased()
        for k in map.sortedKeys where k.lowercased() == lower { return map[k] }
        return nil
    }

    /// A string field: scalars convert to text as sigs.k8s.io/yaml converts them.
    func string(_ key: String) throws(FieldError) -> String? {
        guard let v = value(key) else { return nil }
        switch v {
        case .nil: return nil
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .slice, .map, .object:
            throw FieldError(got: jsonKindName(v), field: "\(owner).\(key)", type: "string")
        default: return GoFmt.formatValue(v)
        }
    }

    func bool(_ key: String) throws(FieldError) -> Bool? {
        guard let v = value(key) else { return nil }
        switch v {
        case .nil: return nil
        case .bool(let b): return b
        default: throw FieldError(got: jsonKindName(v), field: "\(owner).\(key)", type: "bool")
        }
    }

    func list(_ key: String) throws(FieldError) -> [GoValue]? {
        guard let v = value(key) else { return nil }
        switch v {
        case .nil: return nil
        case .slice(let s): return s.elements
        default: throw FieldError(got: jsonKindName(v), field: "\(owner).\(key)", type: "[]*chart.\(owner == "Metadata" ? "Dependency" : owner)")
        }
    }

    func strings(_ key: String) throws(FieldError) -> [String]? {
        guard let v = value(key) else { return nil }
        switch v {
        case .nil: return nil
        case .slice(let s):
            return try s.elements.map { e throws(FieldError) in
                switch e {
                case .slice, .map, .object:
                    throw FieldError(got: jsonKindName(e), field: "\(owner).\(key)", type: "string")
                case .nil: return ""
                case .string(let s): return s
                default: return GoFmt.formatValue(e)
                }
            }
        default: throw FieldError(got: jsonKindName(v), field: "\(owner).\(key)", type: "[]string")
        }
    }

    func stringMap(_ key: String) throws(FieldError) -> [String: String]? {
        guard let v = value(key) else { return nil }
        switch v {
        case .nil: return nil
        case .map(let m):
            var out: [String: String] = [:]
            for (k, e) in m.entries {
                switch e {
                case .slice, .map, .object:
                    throw FieldError(got: jsonKindName(e), field: "\(owner).\(key)", type: "string")
                case .nil: out[k] = ""
                case .string(let s): out[k] = s
                case .bool(let b): out[k] = b ? "true" : "false"
                default: out[k] = GoFmt.formatValue(e)
                }
            }
            return out
        default: throw FieldError(got: jsonKindName(v), field: "\(owner).\(key)", type: "map[string]string")
        }
    }
}
