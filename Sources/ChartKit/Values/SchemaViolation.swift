/// One node of a validation failure tree, printed the way santhosh-tekuri/jsonschema
/// prints `ValidationError` (which Helm v4 shows after `- `).
struct SchemaViolation {
    enum Kind {
        /// Several errors of one schema.
        case group
        /// A `$ref` whose target failed; hidden when it has exactly one cause.
        case reference
        case message(String)
    }

    /// Where in the values the failure is, as JSON pointer tokens.
    var location: [String]
    var kind: Kind
    var causes: [SchemaViolation] = []

    var message: String {
        switch kind {
        case .group, .reference: return "validation failed"
        case .message(let m): return m
        }
    }

    private var isSkipped: Bool {
        if case .reference = kind, causes.count == 1 { return true }
        return false
    }

    /// Appends this error at `indent` (1 = top level `- `), each entry on its own line.
    func display(into out: inout String, indent: Int) {
        var indent = indent
        if !isSkipped {
            out += "\n" + String(repeating: "  ", count: max(indent - 1, 0)) + "- "
            indent += 1
            out += "at \(SchemaText.quote(SchemaText.pointer(location))): \(message)"
        }
        for cause in causes { cause.display(into: &out, indent: indent) }
    }
}

/// Text helpers matching the validator's own formatting.
enum SchemaText {
    /// The library's `quote`: Go's `%q`, then single quotes outside and `"` unescaped.
    static func quote(_ s: String) -> String {
        var q = goQuote(s)
        q = String(q.dropFirst().dropLast())
        q = q.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "'", with: "\\'")
        return "'" + q + "'"
    }

    static func joinQuoted(_ items: [String]) -> String {
        items.map(quote).joined(separator: ", ")
    }

    static func pointer(_ tokens: [String]) -> String {
        tokens.map { "/" + SchemaCompiler.escape($0) }.joined()
    }

    /// `display` of a primitive from the schema: strings quoted, numbers as written.
    static func display(_ t: JSONTree) -> String {
        switch t {
        case .string(let s): return quote(s)
        case .array, .object: return "value"
        case .number(let literal): return literal
        case .bool(let b): return b ? "true" : "false"
        case .null: return "<nil>"
        }
    }
}

/// Numbers as the validator's English `message.Printer` prints them: integers with
/// thousands separators, floats as `%v` would but with `×10ⁿ` exponents.
enum PrinterNumber {
    static func int(_ i: Int) -> String {
        let digits = String(i.magnitude)
        return (i < 0 ? "-" : "") + group(digits)
    }

    static func float(_ d: Double) -> String {
        let text = GoVerbV.formatFloat(d)
        if let e = text.firstIndex(of: "e") {
            let mantissa = text[..<e]
            var exponent = text[text.index(after: e)...]
            var sign = ""
            if exponent.hasPrefix("-") { sign = "⁻" }
            if exponent.hasPrefix("-") || exponent.hasPrefix("+") { exponent = exponent.dropFirst() }
            return mantissa + "×10" + sign + superscript(String(exponent))
        }
        var body = Substring(text)
        var sign = ""
        if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
        if let dot = body.firstIndex(of: ".") {
            return sign + group(String(body[..<dot])) + body[dot...]
        }
        return sign + group(String(body))
    }

    private static func group(_ digits: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    private static func superscript(_ digits: String) -> String {
        let map: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
                                           "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"]
        return String(digits.map { map[$0] ?? $0 })
    }
}
