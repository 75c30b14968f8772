import GoValue

/// Decodes JSON text the way Go's `encoding/json` decodes into `interface{}`:
/// objects become `map[string]interface{}`, arrays `[]interface{}`, numbers float64.
///
/// `--set-json` needs Go's streaming behaviour (one value, then the rest of the line
/// is left for the strvals parser), so decoding works on a scalar array and reports
/// where the value ended.
struct GoJSONDecoder {
    /// Why decoding failed; Helm never prints the reason for `--set-json`, so a short text is enough.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let text: [Unicode.Scalar]
    private(set) var position: Int
    private var depth = 0

    init(_ text: [Unicode.Scalar], from start: Int = 0) {
        self.text = text
        self.position = start
    }

    /// Decodes a whole document: one value, then only whitespace (`json.Unmarshal`).
    static func decodeDocument(_ s: String) throws -> GoValue {
        try decodeTree(s).goValueChecked
    }

    /// Decodes a whole document keeping number literals and key order (for JSON Schema).
    static func decodeTree(_ s: String) throws -> JSONTree {
        var decoder = GoJSONDecoder(Array(s.unicodeScalars))
        let value = try decoder.decodeTreeValue()
        decoder.skipSpace()
        if decoder.peek() != nil {
            // The schema loader's wording (it checks for a second token itself).
            throw Failure(description: "invalid character after top-level value")
        }
        return value
    }

    /// Decodes one value starting at `position` and leaves `position` just after it (`Decoder.Decode`).
    mutating func decodeValue() throws -> GoValue {
        try decodeTreeValue().goValueChecked
    }

    mutating func decodeTreeValue() throws -> JSONTree {
        skipSpace()
        guard let c = peek() else { throw Failure(description: "unexpected end of JSON input") }
        switch c {
        case "{": return try decodeObject()
        case "[": return try decodeArray()
        case "\"": return .string(try decodeString())
        case "t": try expectWord("true"); return .bool(true)
        case "f": try expectWord("false"); return .bool(false)
        case "n": try expectWord("null"); return .null
        case "-", "0"..."9": return try decodeNumber()
        default: throw Failure(description: "invalid character \(quoteChar(c)) looking for beginning of value")
        }
    }

    /// Go's `quoteChar` in JSON syntax errors: `'x'`, with `'\''` and `'"'` special.
    private static func quoteChar(_ c: Unicode.Scalar) -> String {
        if c == "'" { return "'\\''" }
        if c == "\"" { return "'\"'" }
        let q = goQuote(String(c))
        return "'" + q.dropFirst().dropLast() + "'"
    }
    private func quoteChar(_ c: Unicode.Scalar) -> String { Self.quoteChar(c) }

    fileprivate func peek() -> Unicode.Scalar? { position < text.count ? text[position] : nil }

    mutating func skipSpace() {
        while let c = peek(), c == " " || c == "\t" || c == "\n" || c == "\r" { position += 1 }
    }

    private mutating func expectWord(_ word: String) throws {
        var first = true
        for expected in word.unicodeScalars {
            guard let c = peek() else { throw Failure(description: "unexpected end of JSON input") }
            guard c == expected else {
                throw Failure(description: "invalid character \(quoteChar(c)) in literal \(word) (expecting \(quoteChar(expected)))")
            }
            if first { first = false }
            position += 1
        }
    }

    private mutating func enter() throws {
        depth += 1
        // Go's decoder refuses nesting deeper than 10000.
        if depth > 10000 { throw Failure(description: "exceeded max depth") }
    }

    private func unexpected(_ context: String) -> Failure {
        guard let c = peek() else { return Failure(description: "unexpected end of JSON input") }
        return Failure(description: "invalid character \(quoteChar(c)) \(context)")
    }

    private mutating func decodeObject() throws -> JSONTree {
        try enter()
        defer { depth -= 1 }
        position += 1
        var keys: [String] = []
        var entries: [String: JSONTree] = [:]
        skipSpace()
        if peek() == "}" { position += 1; return .object(entries, keys: keys) }
        while true {
            skipSpace()
            guard peek() == "\"" else { throw unexpected("looking for beginning of object key string") }
            let key = try decodeString()
            skipSpace()
            guard peek() == ":" else { throw unexpected("after object key") }
            position += 1
            let value = try decodeTreeValue()
            if entries.updateValue(value, forKey: key) == nil { keys.append(key) }
            skipSpace()
            switch peek() {
            case ",": position += 1
            case "}": position += 1; return .object(entries, keys: keys)
            default: throw unexpected("after object key:value pair")
            }
        }
    }

    private mutating func decodeArray() throws -> JSONTree {
        try enter()
        defer { depth -= 1 }
        position += 1
        var elements: [JSONTree] = []
        skipSpace()
        if peek() == "]" { position += 1; return .array(elements) }
        while true {
            elements.append(try decodeTreeValue())
            skipSpace()
            switch peek() {
            case ",": position += 1
            case "]": position += 1; return .array(elements)
            default: throw unexpected("after array element")
            }
        }
    }

    private mutating func decodeNumber() throws -> JSONTree {
        let start = position
        if peek() == "-" { position += 1 }
        guard let first = peek(), first.isASCIIDigit else { throw unexpected("in numeric literal") }
        position += 1
        if first != "0" { while let c = peek(), c.isASCIIDigit { position += 1 } }
        if peek() == "." {
            position += 1
            guard let c = peek(), c.isASCIIDigit else { throw unexpected("after decimal point in numeric literal") }
            while let c = peek(), c.isASCIIDigit { position += 1 }
        }
        if peek() == "e" || peek() == "E" {
            position += 1
            if peek() == "+" || peek() == "-" { position += 1 }
            guard let c = peek(), c.isASCIIDigit else { throw unexpected("in exponent of numeric literal") }
            while let c = peek(), c.isASCIIDigit { position += 1 }
        }
        return .number(String(String.UnicodeScalarView(text[start..<position])))
    }

    private mutating func decodeString() throws -> String {
        position += 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { throw Failure(description: "unexpected end of JSON input") }
            position += 1
            switch c {
            case "\"":
                return String(out)
            case "\\":
                guard let e = peek() else { throw Failure(description: "unexpected end of JSON input") }
                position += 1
                switch e {
                case "\"", "\\", "/": out.append(e)
                case "b": out.append("\u{8}")
                case "f": out.append("\u{c}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u": out.append(try decodeUnicodeEscape())
                default: throw Failure(description: "in string escape code")
                }
            default:
                if c.value < 0x20 { throw Failure(description: "in string literal") }
                out.append(c)
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let c = peek(), let d = c.hexDigitValue else { throw Failure(description: "in \\u hexadecimal character escape") }
            v = v * 16 + d
            position += 1
        }
        return v
    }

    /// A `\uXXXX` escape; a broken surrogate pair becomes U+FFFD as in Go.
    private mutating func decodeUnicodeEscape() throws -> Unicode.Scalar {
        let first = try hex4()
        if (0xD800..<0xDC00).contains(first) {
            let save = position
            if peek() == "\\", position + 1 < text.count, text[position + 1] == "u" {
                position += 2
                let second = try hex4()
                if (0xDC00..<0xE000).contains(second) {
                    let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    return Unicode.Scalar(combined) ?? "\u{FFFD}"
                }
            }
            position = save
            return "\u{FFFD}"
        }
        return Unicode.Scalar(first) ?? "\u{FFFD}"
    }
}
