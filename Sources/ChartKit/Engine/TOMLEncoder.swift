import GoValue

/// `toToml`: BurntSushi/toml's encoder as Helm calls it — plain keys first, then
/// tables, each group in key order; nested tables indented two spaces per level.
enum TOMLEncoder {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func encode(_ value: GoValue) throws -> String {
        guard case .map(let map) = value else {
            throw Failure(description: "toml: top-level values must be Go maps or structs")
        }
        var out = Output()
        try table(map, key: [], into: &out)
        return out.text
    }

    struct Output {
        var text = ""
        var hasWritten = false
        mutating func write(_ s: String) { text += s; hasWritten = true }
        mutating func newline() { if hasWritten { text += "\n" } }
    }

    private static func isTable(_ v: GoValue) -> Bool {
        if case .map = v { return true }
        return false
    }

    private static func isArrayOfTables(_ v: GoValue) -> Bool {
        guard case .slice(let s) = v, !s.elements.isEmpty else { return false }
        return s.elements.allSatisfy(isTable)
    }

    private static func table(_ map: GoMap, key: [String], into out: inout Output) throws {
        let keys = map.sortedKeys.filter { !map.entries[$0]!.isNil }
        for k in keys where !isTable(map.entries[k]!) && !isArrayOfTables(map.entries[k]!) {
            out.write(indent(key.count) + quoteKey(k) + " = " + (try scalar(map.entries[k]!)))
            out.newline()
        }
        for k in keys {
            let v = map.entries[k]!
            let sub = key + [k]
            if case .map(let m) = v {
                if sub.count == 1 { out.newline() }
                out.write(indent(sub.count - 1) + "[" + sub.map(quoteKey).joined(separator: ".") + "]")
                out.newline()
                try table(m, key: sub, into: &out)
            } else if isArrayOfTables(v), case .slice(let s) = v {
                for element in s.elements {
                    guard case .map(let m) = element else { continue }
                    out.newline()
                    out.write(indent(sub.count - 1) + "[[" + sub.map(quoteKey).joined(separator: ".") + "]]")
                    out.newline()
                    try table(m, key: sub, into: &out)
                }
            }
        }
    }

    private static func indent(_ depth: Int) -> String { String(repeating: "  ", count: max(depth, 0)) }

    private static func quoteKey(_ k: String) -> String {
        let bare = !k.isEmpty && k.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
        return bare ? k : quote(k)
    }

    private static func scalar(_ v: GoValue) throws -> String {
        switch v {
        case .string(let s): return quote(s)
        case .bool(let b): return b ? "true" : "false"
        case .float64(let d): return float(d)
        case .float32(let f): return float(Double(f))
        case .slice(let s): return "[" + (try s.elements.filter { !$0.isNil }.map(scalar)).joined(separator: ", ") + "]"
        case .map: throw Failure(description: "toml: cannot encode a table as a value")
        default: return GoFmt.formatValue(v)
        }
    }

    private static func float(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d > 0 ? "inf" : "-inf" }
        let s = GoFmt.formatFloat(d, format: "f", precision: -1, bitSize: 64)
        return s.contains(".") ? s : s + ".0"
    }

    private static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
