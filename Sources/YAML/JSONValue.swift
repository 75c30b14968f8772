import GoValue

/// A value as Go's `encoding/json` sees it after `json.Marshal`: numbers are their
/// text, object keys are in byte order. Both `toJson` and `toYaml` start from it.
indirect enum JSONValue {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])
}

extension JSONValue {
    /// `json.Marshal`'s view of `value`; throws Go's `json: unsupported value: +Inf`
    /// for the first non-finite number in marshal order.
    init(_ value: GoValue) throws {
        switch value {
        case .nil: self = .null
        case .bool(let b): self = .bool(b)
        case .string(let s): self = .string(s)
        case .int(let i): self = .number(String(i))
        case .int64(let i): self = .number(String(i))
        case .integer(let i, let t):
            if t.kind.isUnsignedInteger { self = .number(String(UInt64(bitPattern: i))) } else { self = .number(String(i)) }
        case .uint64(let u): self = .number(String(u))
        case .float64(let d):
            guard d.isFinite else { throw YAMLError(message: "json: unsupported value: " + GoFloat.format(d, fmt: "g", bitSize: 64)) }
            self = .number(GoFloat.json(d, bitSize: 64))
        case .float32(let f):
            guard f.isFinite else { throw YAMLError(message: "json: unsupported value: " + GoFloat.format(Double(f), fmt: "g", bitSize: 32)) }
            self = .number(GoFloat.json(Double(f), bitSize: 32))
        case .slice(let s):
            if s.isNil { self = .null; return }
            if s.elementType == .uint8 {
                var bytes: [UInt8] = []
                for e in s.elements {
                    switch e {
                    case .integer(let i, _): bytes.append(UInt8(truncatingIfNeeded: i))
                    case .int(let i): bytes.append(UInt8(truncatingIfNeeded: i))
                    default: bytes.append(0)
                    }
                }
                self = .string(Base64.encode(bytes))
                return
            }
            var items: [JSONValue] = []
            items.reserveCapacity(s.elements.count)
            for e in s.elements { items.append(try JSONValue(e)) }
            self = .array(items)
        case .map(let m):
            if m.isNil { self = .null; return }
            var pairs: [(key: String, value: JSONValue)] = []
            pairs.reserveCapacity(m.entries.count)
            for k in m.sortedKeys { pairs.append((k, try JSONValue(m.entries[k]!))) }
            self = .object(pairs)
        case .object(let o):
            if let ordered = o as? GoJSONOrderedEncodable {
                var pairs: [(key: String, value: JSONValue)] = []
                for f in try ordered.goJSONFields() { pairs.append((f.name, try JSONValue(f.value))) }
                self = .object(pairs)
            } else if let enc = o as? GoJSONEncodable {
                self = try JSONValue(try enc.goJSONValue())
            } else {
                throw YAMLError(message: "json: unsupported type: \(o.goType)")
            }
        }
    }
}
