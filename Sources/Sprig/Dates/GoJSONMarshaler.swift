import GoValue

/// An object whose Go type has a `MarshalJSON` method, so `toJson`/`toYaml` print what Go
/// would (`time.Time` → `"2024-03-10T06:30:00Z"`, `*semver.Version` → `"1.2.3"`) instead of
/// an empty struct.
public protocol GoJSONMarshaler {
    /// The exact JSON text Go's `MarshalJSON` produces (already quoted and escaped).
    var marshaledJSON: String { get }
    /// The same, as the plain Go value `json.Marshal` would see (the shape of the YAML
    /// module's `GoJSONEncodable`, so conforming there is one line once both can see it).
    func goJSONValue() throws -> GoValue
}

/// Go's `encoding/json` string encoding, including its HTML-safe escapes.
func goJSONString(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "<": out += "\\u003c"
        case ">": out += "\\u003e"
        case "&": out += "\\u0026"
        case "\u{2028}": out += "\\u2028"
        case "\u{2029}": out += "\\u2029"
        default:
            if u.value < 0x20 {
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out + "\""
}
