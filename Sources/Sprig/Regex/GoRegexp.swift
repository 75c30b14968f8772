/// A regular expression with Go's `regexp` syntax and leftmost-first semantics.
///
/// Foundation's ICU regexes read Go patterns differently (`\z`, `(?P<n>)`, `$` before a final
/// newline, POSIX classes, replacement syntax), and Helm charts are written against Go's.
public struct GoRegexp: Sendable {
    /// The pattern as given.
    public let pattern: String
    let program: RegexProgram
    /// Capture group names by index (index 0, the whole match, has none).
    public let subexpressionNames: [String?]
    /// Which matcher runs; both give the same matches (tests pin each in turn).
    var engine = Engine.automatic

    enum Engine: Sendable { case automatic, backtrack, pikeVM }

    /// Compiles like `regexp.Compile`, throwing Go's syntax errors.
    public init(_ pattern: String) throws(RegexSyntaxError) {
        var parser = RegexParser(pattern)
        let root = try parser.parse()
        self.pattern = pattern
        self.subexpressionNames = parser.captureNames
        self.program = RegexProgram(root, captureCount: parser.captureCount)
    }

    /// The message of `regexp.MustCompile`'s panic, which Sprig's non-`must` functions raise.
    public static func mustCompileMessage(_ pattern: String, _ error: RegexSyntaxError) -> String {
        "regexp: Compile(\(backquoteOrQuote(pattern))): \(error)"
    }

    /// Go's `regexp.quote`: backquoted when `strconv.CanBackquote` allows, else a Go literal.
    static func backquoteOrQuote(_ s: String) -> String {
        let canBackquote = !s.unicodeScalars.contains {
            $0 == "`" || $0 == "\u{FEFF}" || ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F
        }
        if canBackquote { return "`" + s + "`" }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0B}": out += "\\v"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += "\\x" + (u.value < 0x10 ? "0" : "") + String(u.value, radix: 16)
                } else if u.value == 0xFEFF {
                    out += "\\ufeff"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Go's `regexp.QuoteMeta`: backslashes before every metacharacter.
    public static func quoteMeta(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if "\\.+*?()|[]{}^$".unicodeScalars.contains(u) { out.append("\\") }
            out.append(u)
        }
        return String(out)
    }
}
