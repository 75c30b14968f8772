/// Writes a `JSONValue` as Go's `encoding/json` does: compact (`json.Marshal`) or
/// indented (`json.MarshalIndent(v, "", "  ")`), with or without HTML escaping.
struct JSONWriter {
    var escapeHTML: Bool
    var indent: String?
    private(set) var out: [UInt8] = []

    init(escapeHTML: Bool, indent: String? = nil) {
        self.escapeHTML = escapeHTML
        self.indent = indent
    }

    static func write(_ v: JSONValue, escapeHTML: Bool, indent: String? = nil) -> String {
        var w = JSONWriter(escapeHTML: escapeHTML, indent: indent)
        w.out.reserveCapacity(64)
        w.value(v, depth: 0)
        return String(decoding: w.out, as: UTF8.self)
    }

    private mutating func newline(_ depth: Int) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { out.append(contentsOf: indent.utf8) }
    }

    mutating func value(_ v: JSONValue, depth: Int) {
        switch v {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): string(s)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            if !items.isEmpty {
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    newline(depth + 1)
                    value(item, depth: depth + 1)
                }
                newline(depth)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            if !pairs.isEmpty {
                for (i, pair) in pairs.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    newline(depth + 1)
                    string(pair.key)
                    out.append(UInt8(ascii: ":"))
                    if indent != nil { out.append(UInt8(ascii: " ")) }
                    value(pair.value, depth: depth + 1)
                }
                newline(depth)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    mutating func string(_ s: String) {
        out.append(UInt8(ascii: "\""))
        var utf8 = Array(s.utf8)
        var i = 0
        let n = utf8.count
        while i < n {
            let c = utf8[i]
            if c < 0x80 {
                if c >= 0x20 && c != UInt8(ascii: "\"") && c != UInt8(ascii: "\\")
                    && (!escapeHTML || (c != UInt8(ascii: "<") && c != UInt8(ascii: ">") && c != UInt8(ascii: "&"))) {
                    out.append(c)
                } else {
                    switch c {
                    case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                    case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                    case 0x08: out.append(contentsOf: "\\b".utf8)
                    case 0x0C: out.append(contentsOf: "\\f".utf8)
                    case 0x0A: out.append(contentsOf: "\\n".utf8)
                    case 0x0D: out.append(contentsOf: "\\r".utf8)
                    case 0x09: out.append(contentsOf: "\\t".utf8)
                    default:
                        out.append(contentsOf: "\\u00".utf8)
                        out.append(Self.hex[Int(c >> 4)])
                        out.append(Self.hex[Int(c & 0xF)])
                    }
                }
                i += 1
                continue
            }
            // U+2028 and U+2029 are always escaped (they end lines in JavaScript).
            if c == 0xE2, i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 {
                out.append(contentsOf: (utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                i += 3
                continue
            }
            out.append(c)
            i += 1
        }
        utf8.removeAll()
        out.append(UInt8(ascii: "\""))
    }
}
