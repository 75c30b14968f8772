/// A pattern Go's `regexp/syntax` would reject; `description` is Go's exact text, which Helm
/// prints (`error parsing regexp: missing closing ): `(``).
public struct RegexSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Go's `ErrorCode` wording.
    public enum Code: String, Sendable {
        case invalidCharClass = "invalid character class"
        case invalidCharRange = "invalid character class range"
        case invalidEscape = "invalid escape sequence"
        case invalidNamedCapture = "invalid named capture"
        case invalidPerlOp = "invalid or unsupported Perl syntax"
        case invalidRepeatOp = "invalid nested repetition operator"
        case invalidRepeatSize = "invalid repeat count"
        case missingBracket = "missing closing ]"
        case missingParen = "missing closing )"
        case missingRepeatArgument = "missing argument to repetition operator"
        case trailingBackslash = "trailing backslash at end of expression"
        case unexpectedParen = "unexpected )"
        case nestingDepth = "expression nests too deeply"
        case large = "expression too large"
    }

    /// Which rule the pattern broke.
    public var code: Code
    /// The offending part of the pattern, as Go quotes it.
    public var expression: String

    /// Go's `*syntax.Error` text.
    public var description: String { "error parsing regexp: \(code.rawValue): `\(expression)`" }
}
