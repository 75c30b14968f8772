import GoValue

/// go-yaml v3's encoder as Helm's `toYamlPretty` uses it: the Go values directly (no
/// JSON round trip, so floats keep `1e+06`), v3's key order, sequences indented under
/// their key, no line folding.
enum YAMLPrettyMarshaler {
    static func node(_ v: GoValue) throws -> YAMLEmitNode {
        switch v {
        case .nil: return .scalar("null", .plain)
        case .bool(let b): return .scalar(b ? "true" : "false", .plain)
        case .string(let s): return YAMLMarshaler.string(s)
        case .int(let i): return .scalar(String(i), .plain)
        case .int64(let i): return .scalar(String(i), .plain)
        case .integer(let i, let t):
            return .scalar(t.kind.isUnsignedInteger ? String(UInt64(bitPattern: i)) : String(i), .plain)
        case .uint64(let u): return .scalar(String(u), .plain)
        case .float64(let d): return .scalar(float(d, bitSize: 64), .plain)
        case .float32(let f): return .scalar(float(Double(f), bitSize: 32), .plain)
        case .slice(let s):
            var out: [YAMLEmitNode] = []
            out.reserveCapacity(s.elements.count)
            for e in s.elements { out.append(try node(e)) }
            return .sequence(out)
        case .map(let m):
            let keys = m.entries.keys.sorted { YAMLKeyOrder.less($0, $1, v3: true) }
            var out: [(key: YAMLEmitNode, value: YAMLEmitNode)] = []
            out.reserveCapacity(keys.count)
            for k in keys { out.append((key: YAMLMarshaler.string(k), value: try node(m.entries[k]!))) }
            return .mapping(out)
        case .object(let o):
            // go-yaml v3 writes a time.Time plain, in RFC 3339 with nanoseconds.
            if let t = o as? TOMLDateTime, case .string(let text) = try t.goJSONValue() {
                return .scalar(text, .plain)
            }
            guard let enc = o as? GoJSONEncodable else {
                throw YAMLError(message: "cannot marshal type: \(o.goType)")
            }
            return try node(try enc.goJSONValue())
        }
    }

    static func float(_ d: Double, bitSize: Int) -> String {
        switch GoFloat.format(d, fmt: "g", bitSize: bitSize) {
        case "+Inf": return ".inf"
        case "-Inf": return "-.inf"
        case "NaN": return ".nan"
        case let s: return s
        }
    }
}
