/// The kinds of token the lexer emits, in Go's order; keywords sort after `keyword`.
enum TokenKind: UInt8, Comparable {
    case error, bool, char, charConstant, comment, complex, assign, declare, eof
    case field, identifier, leftDelim, leftParen, number, pipe, rawString
    case rightDelim, rightParen, space, string, text, variable
    /// Marker only: every kind after it is a keyword.
    case keyword
    case block, breakKeyword, continueKeyword, dot, define, elseKeyword, end
    case ifKeyword, nilKeyword, range, template, with

    static func < (a: TokenKind, b: TokenKind) -> Bool { a.rawValue < b.rawValue }

    /// Words that lex as keywords (`.` included, as Go does).
    static let keywords: [String: TokenKind] = [
        ".": .dot, "block": .block, "break": .breakKeyword, "continue": .continueKeyword,
        "define": .define, "else": .elseKeyword, "end": .end, "if": .ifKeyword,
        "range": .range, "nil": .nilKeyword, "template": .template, "with": .with,
    ]
}

/// One lexeme: its kind, byte offset, text and the line it starts on.
struct Token {
    var kind: TokenKind
    var pos: Int
    var value: String
    var line: Int

    /// How Go's parser names the token in "unexpected ..." errors.
    var errorText: String {
        switch kind {
        case .eof: return "EOF"
        case .error: return value
        default:
            if kind > .keyword { return "<\(value)>" }
            if value.unicodeScalars.count > 10 {
                return GoQuote.quote(String(String.UnicodeScalarView(value.unicodeScalars.prefix(10)))) + "..."
            }
            return GoQuote.quote(value)
        }
    }
}
