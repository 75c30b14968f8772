import GoValue

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
        Strconv.canBackquote(s) ? "`" + s + "`" : Strconv.quote(s)
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
