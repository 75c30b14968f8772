import GoValue

/// sigs.k8s.io/yaml's step between go-yaml and `encoding/json`: keys become strings
/// (floats with float32 digits, `true`/`false`, decimal ints), then the JSON round
/// trip makes every number a float64.
enum JSONBridge {
    /// How the destination of `json.Unmarshal` is typed.
    enum Target {
        /// `map[string]interface{}`: values files, `fromYaml`.
        case object
        /// `[]interface{}`: `fromYamlArray`.
        case array
        /// `interface{}`: anything goes.
        case any
    }

    /// Converts a decoded document; nil stands for JSON `null` (an empty document).
    static func convert(_ raw: RawYAML?, schema: YAMLStringSchema = .any) throws -> GoValue {
        guard let raw else { return .nil }
        var nonFinite = false
        let v = try go(raw, schema, &nonFinite)
        if nonFinite, let bad = firstNonFinite(v) {
            throw YAMLError(message: "error converting YAML to JSON: json: unsupported value: " + GoFloat.format(bad, fmt: "g", bitSize: 64))
        }
        return v
    }

    /// The key text sigs.k8s.io/yaml gives a non-string key, or nil when it refuses the key type.
    static func keyString(_ k: RawYAML) -> String? {
        switch k {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .float(let d):
            switch GoFloat.format(d, fmt: "g", bitSize: 32) {
            case "+Inf": return ".inf"
            case "-Inf": return "-.inf"
            case "NaN": return ".nan"
            case let s: return s
            }
        default: return nil
        }
    }

    /// A scalar bound for a Go `string` field, as sigs.k8s.io/yaml formats it.
    static func stringified(_ raw: RawYAML) -> String? {
        switch raw {
        case .int(let i): return String(i)
        case .uint(let u): return String(u)
        case .float(let d): return GoFloat.format(d, fmt: "g", bitSize: 32)
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    private static func go(_ raw: RawYAML, _ schema: YAMLStringSchema, _ nonFinite: inout Bool) throws -> GoValue {
        if case .string = schema, let s = stringified(raw) { return .string(s) }
        switch raw {
        case .null: return .nil
        case .bool(let b): return .bool(b)
        case .int(let i): return .float64(Double(i))
        case .uint(let u): return .float64(Double(u))
        case .float(let d):
            if !d.isFinite { nonFinite = true }
            return .float64(d == 0 && d.sign == .minus ? -0.0 : d)
        case .string(let s): return .string(s)
        case .sequence(let items):
            var out: [GoValue] = []
            out.reserveCapacity(items.count)
            var element = YAMLStringSchema.any
            if case .list(let e) = schema { element = e }
            for i in items { out.append(try go(i, element, &nonFinite)) }
            return .slice(GoSlice(out))
        case .mapping(let m):
            var entries: [String: GoValue] = [:]
            entries.reserveCapacity(m.count)
            // Visit entries in order of last assignment, so a later write wins a key collision.
            var order = Array(0..<m.keys.count)
            if !zip(m.stamps, m.stamps.dropFirst()).allSatisfy({ $0 < $1 }) {
                order.sort { m.stamps[$0] < m.stamps[$1] }
            }
            for i in order {
                let k = m.keys[i]
                guard let ks = keyString(k) else {
                    throw YAMLError(message: "error converting YAML to JSON: unsupported map key of type: \(GoSyntax.typeName(k)), key: \(GoSyntax.describe(k)), value: \(GoSyntax.describe(m.values[i]))")
                }
                entries[ks] = try go(m.values[i], schema.field(ks), &nonFinite)
            }
            return .map(GoMap(entries))
        }
    }

    /// The first ±Inf/NaN in `json.Marshal` order (map keys in byte order).
    private static func firstNonFinite(_ v: GoValue) -> Double? {
        switch v {
        case .float64(let d): return d.isFinite ? nil : d
        case .slice(let s):
            for e in s.elements { if let d = firstNonFinite(e) { return d } }
            return nil
        case .map(let m):
            for k in m.sortedKeys { if let d = firstNonFinite(m.entries[k]!) { return d } }
            return nil
        default: return nil
        }
    }

    /// `json.Unmarshal` into the target type: the Go error when the top-level kind does not fit.
    static func checkTarget(_ v: GoValue, _ target: Target) throws {
        let kind: String
        switch v {
        case .nil: return
        case .map: if target != .array { return }; kind = "object"
        case .slice: if target != .object { return }; kind = "array"
        case .string: if target == .any { return }; kind = "string"
        case .bool: if target == .any { return }; kind = "bool"
        default: if target == .any { return }; kind = "number"
        }
        let type = target == .object ? "map[string]interface {}" : "[]interface {}"
        throw YAMLError(message: "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(kind) into Go value of type \(type)")
    }
}
