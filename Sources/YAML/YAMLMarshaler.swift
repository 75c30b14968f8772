/// sigs.k8s.io/yaml's `JSONToYAML` after `json.Marshal`: go-yaml v2 reads the JSON
/// text back (so numbers regain int/uint/float types) and marshals it with its own
/// key order and scalar styles.
enum YAMLMarshaler {
    static func node(_ v: JSONValue) throws -> YAMLEmitNode {
        switch v {
        case .null: return .scalar("null", .plain)
        case .bool(let b): return .scalar(b ? "true" : "false", .plain)
        case .number(let text): return .scalar(numberText(text), .plain)
        case .string(let s): return string(try readBack(s))
        case .array(let items):
            var out: [YAMLEmitNode] = []
            out.reserveCapacity(items.count)
            for item in items { out.append(try node(item)) }
            return .sequence(out)
        case .object(let pairs):
            var keyed: [(key: String, value: JSONValue)] = []
            keyed.reserveCapacity(pairs.count)
            for p in pairs { keyed.append((try readBack(p.key, isKey: true), p.value)) }
            let sorted = keyed.sorted { YAMLKeyOrder.less($0.key, $1.key) }
            var out: [(key: YAMLEmitNode, value: YAMLEmitNode)] = []
            out.reserveCapacity(sorted.count)
            for p in sorted { out.append((key: string(p.key), value: try node(p.value))) }
            return .mapping(out)
        }
    }

    /// The string go-yaml reads back from `json.Marshal`'s text of `s`. JSON leaves
    /// U+0085 and DEL..U+009F, U+FFFE, U+FFFF unescaped: go-yaml's reader rejects the
    /// latter, and folds a NEL inside a double-quoted scalar like a line break
    /// (one break → a space, n breaks → n-1 newlines, blanks around it dropped).
    static func readBack(_ s: String, isKey: Bool = false) throws -> String {
        var special = false
        for u in s.unicodeScalars where (u.value >= 0x7F && u.value <= 0x9F) || u.value == 0xFFFE || u.value == 0xFFFF {
            if u.value != 0x85 { throw YAMLError(message: "yaml: control characters are not allowed") }
            special = true
        }
        guard special else { return s }
        // A key spread over two lines is not a simple key in JSON's flow mapping.
        if isKey { throw YAMLError(message: "yaml: line 1: did not find expected ',' or '}'") }
        let u = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < u.count {
            if u[i] == " " || u[i] == "\u{85}" {
                var j = i, breaks = 0
                while j < u.count, u[j] == " " || u[j] == "\u{85}" {
                    if u[j] == "\u{85}" { breaks += 1 }
                    j += 1
                }
                if breaks == 0 {
                    out.append(contentsOf: u[i..<j])
                } else if breaks == 1 {
                    out.append(" ")
                } else {
                    for _ in 1..<breaks { out.append("\n") }
                }
                i = j
                continue
            }
            out.append(u[i])
            i += 1
        }
        return String(out)
    }

    /// go-yaml's `stringv`: literal block for multi-line text, plain when the text reads
    /// back as the same string, double quotes otherwise (the emitter may still downgrade).
    static func string(_ s: String) -> YAMLEmitNode {
        if s.utf8.contains(UInt8(ascii: "\n")) { return .scalar(s, .literal) }
        return .scalar(s, YAMLResolver.isPlainString(s) ? .plain : .doubleQuoted)
    }

    /// A JSON number as go-yaml v2 resolves and re-prints it: int64, then uint64, then float64 'g'.
    static func numberText(_ text: String) -> String {
        // Fast path: a short JSON integer reads back as itself ("-0" as "0").
        let u = text.utf8
        if u.count <= 18, let first = u.first, first == UInt8(ascii: "-") || (first >= 48 && first <= 57),
           u.dropFirst().allSatisfy({ $0 >= 48 && $0 <= 57 }), u.count > (first == UInt8(ascii: "-") ? 1 : 0) {
            return text == "-0" ? "0" : text
        }
        switch YAMLResolver.resolveUnchecked(tag: "", text).value {
        case .int(let i): return String(i)
        case .uint(let u): return String(u)
        case .float(let d):
            if d.isNaN { return ".nan" }
            if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
            return GoFloat.format(d, fmt: "g", bitSize: 64)
        default: return text
        }
    }
}
