import GoValue

/// A decoded JSON document that keeps what Go's `UseNumber` decoding keeps: number
/// literals as written and (for stable output) the order keys were written in.
indirect enum JSONTree: Sendable {
    case null
    case bool(Bool)
    /// The literal text (`1`, `1.0`, `1e3`).
    case number(String)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree], keys: [String])

    /// The value as `encoding/json` gives it for `interface{}`: numbers become float64.
    /// Throws for numbers float64 cannot hold, as Go does.
    var goValueChecked: GoValue {
        get throws {
            switch self {
            case .null: return .nil
            case .bool(let b): return .bool(b)
            case .string(let s): return .string(s)
            case .number(let literal):
                guard let d = Double(literal), d.isFinite else {
                    throw GoJSONDecoder.Failure(description: "json: cannot unmarshal number \(literal) into Go value of type float64")
                }
                return .float64(d)
            case .array(let items): return .list(try items.map { try $0.goValueChecked })
            case .object(let entries, _):
                return .map(GoMap(try entries.mapValues { try $0.goValueChecked }))
            }
        }
    }

    /// `goValueChecked`, for callers that already know the numbers are in range.
    var goValue: GoValue { (try? goValueChecked) ?? .nil }

    subscript(key: String) -> JSONTree? {
        if case .object(let entries, _) = self { return entries[key] }
        return nil
    }
}
