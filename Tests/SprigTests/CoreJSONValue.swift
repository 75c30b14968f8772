import GoValue

/// JSON as Helm's values see it: every number is a float64.
enum CoreJSONValue: Decodable {
    case null, bool(Bool), number(Double), string(String), array([CoreJSONValue]), object([String: CoreJSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([CoreJSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: CoreJSONValue].self)) }
    }

    var goValue: GoValue {
        switch self {
        case .null: return .nil
        case .bool(let b): return .bool(b)
        case .number(let d): return .float64(d)
        case .string(let s): return .string(s)
        case .array(let a): return .list(a.map(\.goValue))
        case .object(let o): return .map(GoMap(o.mapValues(\.goValue)))
        }
    }
}
