import GoValue
@testable import Sprig

/// The JSON text `toJson` writes for an object Sprig returns, built from its
/// `GoJSONEncodable` view (the tests here cannot see the YAML module's encoder).
func marshaledJSON(_ object: any GoObject) -> String? {
    guard let encodable = object as? GoJSONEncodable, let value = try? encodable.goJSONValue() else { return nil }
    switch value {
    case .string(let s): return goJSONString(s)
    case .int(let i): return String(i)
    default: return nil
    }
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
