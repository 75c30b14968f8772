/// go-yaml v2's `resolve`: what a scalar means under YAML 1.1 rules.
///
/// Used both ways: decoding plain scalars, and deciding whether `toYaml` must quote
/// a string (a string that would read back as anything but a string is quoted).
enum YAMLResolver {
    /// The fixed spellings: YAML 1.1 booleans (including `y`/`n`), nulls, infinities, NaN, `<<`.
    static let table: [String: (tag: String, value: RawYAML)] = {
        var t: [String: (String, RawYAML)] = [:]
        for s in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { t[s] = (YAMLTag.bool, .bool(true)) }
        for s in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] { t[s] = (YAMLTag.bool, .bool(false)) }
        for s in ["", "~", "null", "Null", "NULL"] { t[s] = (YAMLTag.null, .null) }
        for s in [".nan", ".NaN", ".NAN"] { t[s] = (YAMLTag.float, .float(.nan)) }
        for s in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { t[s] = (YAMLTag.float, .float(.infinity)) }
        for s in ["-.inf", "-.Inf", "-.INF"] { t[s] = (YAMLTag.float, .float(-.infinity)) }
        t["<<"] = (YAMLTag.merge, .string("<<"))
        return t
    }()

    /// Tags whose scalars go-yaml resolves itself; any other tag keeps the text as a string.
    static func isResolvable(_ tag: String) -> Bool {
        tag == "" || tag == YAMLTag.str || tag == YAMLTag.bool || tag == YAMLTag.int
            || tag == YAMLTag.float || tag == YAMLTag.null || tag == YAMLTag.timestamp
    }

    /// Resolves `text` under `tag` ("" for a plain untagged scalar). Timestamps resolve to
    /// their text with the timestamp tag. Throws go-yaml's "cannot decode" error when an
    /// explicit tag does not fit.
    static func resolve(tag: String, _ text: String) throws -> (tag: String, value: RawYAML) {
        if !isResolvable(tag) { return (tag, .string(text)) }
        let (rtag, value) = resolveUnchecked(tag: tag, text)
        if tag == "" || tag == rtag || tag == YAMLTag.str { return (rtag, value) }
        if tag == YAMLTag.float, rtag == YAMLTag.int {
            switch value {
            case .int(let i): return (YAMLTag.float, .float(Double(i)))
            default: break
            }
        }
        throw YAMLError(message: "yaml: cannot decode \(YAMLTag.short(rtag)) `\(text)` as a \(YAMLTag.short(tag))")
    }

    /// Whether a plain scalar with this text reads back as a string (and is not a base-60 float).
    static func isPlainString(_ text: String) -> Bool {
        resolveUnchecked(tag: "", text).tag == YAMLTag.str && !isBase60Float(text)
    }

    private static func hint(_ first: UInt8?) -> UInt8 {
        guard let c = first else { return UInt8(ascii: "N") }
        switch c {
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return UInt8(ascii: "S")
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt8(ascii: "D")
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
            return UInt8(ascii: "M")
        case UInt8(ascii: "."): return UInt8(ascii: ".")
        default: return 0
        }
    }

    static func resolveUnchecked(tag: String, _ text: String) -> (tag: String, value: RawYAML) {
        let h = hint(text.utf8.first)
        guard h != 0, tag != YAMLTag.str, tag != YAMLTag.binary else { return (YAMLTag.str, .string(text)) }
        if let item = table[text] { return item }
        switch h {
        case UInt8(ascii: "."):
            if let f = GoNumberParsing.parseFloat(text) { return (YAMLTag.float, .float(f)) }
        case UInt8(ascii: "D"), UInt8(ascii: "S"):
            if tag == "" || tag == YAMLTag.timestamp, GoTimestamp.isTimestamp(text) {
                return (YAMLTag.timestamp, .string(text))
            }
            let plain = text.utf8.contains(UInt8(ascii: "_")) ? String(decoding: text.utf8.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self) : text
            if let i = GoNumberParsing.parseInt(plain) { return (YAMLTag.int, .int(i)) }
            if let u = GoNumberParsing.parseUint(plain) { return (YAMLTag.int, .uint(u)) }
            if GoNumberParsing.isYAMLStyleFloat(plain), let f = GoNumberParsing.parseFloat(plain) {
                return (YAMLTag.float, .float(f))
            }
            if plain.hasPrefix("0b") {
                let digits = String(plain.dropFirst(2))
                if let i = GoNumberParsing.parseInt(digits, radix: 2) { return (YAMLTag.int, .int(i)) }
                if let u = GoNumberParsing.parseUint(digits, radix: 2) { return (YAMLTag.int, .uint(u)) }
            } else if plain.hasPrefix("-0b") {
                if let i = GoNumberParsing.parseInt("-" + plain.dropFirst(3), radix: 2) { return (YAMLTag.int, .int(i)) }
            }
        default:
            break
        }
        return (YAMLTag.str, .string(text))
    }

    /// YAML 1.1 base-60 numbers (`1:20`), which go-yaml never parses but always quotes.
    static func isBase60Float(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard let c = b.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || (c >= 48 && c <= 57),
              b.contains(UInt8(ascii: ":")) else { return false }
        // ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$
        var i = 0
        if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        func isDigit(_ x: UInt8) -> Bool { x >= 48 && x <= 57 }
        guard i < b.count, isDigit(b[i]) else { return false }
        i += 1
        while i < b.count, isDigit(b[i]) || b[i] == UInt8(ascii: "_") { i += 1 }
        var groups = 0
        while i < b.count, b[i] == UInt8(ascii: ":") {
            i += 1
            // [0-5]?[0-9]
            if i + 1 < b.count, b[i] >= 48, b[i] <= 53, isDigit(b[i + 1]) { i += 2 }
            else if i < b.count, isDigit(b[i]) { i += 1 }
            else { return false }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.count, isDigit(b[i]) || b[i] == UInt8(ascii: "_") { i += 1 }
        }
        return i == b.count
    }
}
