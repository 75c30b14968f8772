/// Go's template lexer: a set of small state functions over the UTF-8 bytes of the
/// template, each emitting tokens and naming the next state. The whole input is
/// lexed up front (the parser never changes the lexer's behaviour mid-stream).
struct Lexer {
    private let input: [UInt8]
    private let leftDelim: [UInt8]
    private let rightDelim: [UInt8]
    private let breakOK: Bool
    private let continueOK: Bool
    private var pos = 0
    private var start = 0
    private var atEOF = false
    private var lastWidth = 0
    private var parenDepth = 0
    private var lineCountedTo = 0
    private var lineAtCounted = 1
    private(set) var tokens: [Token] = []

    private static let eof = -1
    private static let leftComment: [UInt8] = Array("/*".utf8)
    private static let rightComment: [UInt8] = Array("*/".utf8)

    /// The states; each `step` runs one and returns the next.
    private enum State {
        case text, leftDelim, comment, rightDelim, insideAction, space
        case identifier, field, variable, char, number, quote, rawQuote, done
    }

    init(input: [UInt8], leftDelim: String, rightDelim: String, breakOK: Bool, continueOK: Bool) {
        self.input = input
        self.leftDelim = Array((leftDelim.isEmpty ? "{{" : leftDelim).utf8)
        self.rightDelim = Array((rightDelim.isEmpty ? "}}" : rightDelim).utf8)
        self.breakOK = breakOK
        self.continueOK = continueOK
    }

    /// Lexes everything; the token list ends with EOF or an error token.
    mutating func run() {
        tokens.reserveCapacity(input.count / 4 + 4)
        var state = State.text
        while state != .done {
            state = step(state)
        }
    }

    private mutating func step(_ state: State) -> State {
        switch state {
        case .text: return lexText()
        case .leftDelim: return lexLeftDelim()
        case .comment: return lexComment()
        case .rightDelim: return lexRightDelim()
        case .insideAction: return lexInsideAction()
        case .space: return lexSpace()
        case .identifier: return lexIdentifier()
        case .field: return lexFieldOrVariable(.field)
        case .variable: return lexVariable()
        case .char: return lexChar()
        case .number: return lexNumber()
        case .quote: return lexQuote()
        case .rawQuote: return lexRawQuote()
        case .done: return .done
        }
    }

    // MARK: - Helpers

    /// Decodes the rune at `i` as Go's utf8.DecodeRune does (invalid bytes are U+FFFD, width 1).
    static func decodeRune(_ b: [UInt8], _ i: Int) -> (rune: UInt32, width: Int) {
        let c0 = b[i]
        if c0 < 0x80 { return (UInt32(c0), 1) }
        func cont(_ j: Int) -> UInt32? {
            guard j < b.count, b[j] & 0xC0 == 0x80 else { return nil }
            return UInt32(b[j] & 0x3F)
        }
        if c0 >= 0xC2 && c0 <= 0xDF, let c1 = cont(i + 1) {
            return ((UInt32(c0 & 0x1F) << 6) | c1, 2)
        }
        if c0 >= 0xE0 && c0 <= 0xEF, let c1 = cont(i + 1), let c2 = cont(i + 2) {
            let r = (UInt32(c0 & 0x0F) << 12) | (c1 << 6) | c2
            if r >= 0x800 && !(r >= 0xD800 && r <= 0xDFFF) { return (r, 3) }
        }
        if c0 >= 0xF0 && c0 <= 0xF4, let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3) {
            let r = (UInt32(c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            if r >= 0x10000 && r <= 0x10FFFF { return (r, 4) }
        }
        return (0xFFFD, 1)
    }

    private mutating func next() -> Int {
        if pos >= input.count {
            atEOF = true
            return Lexer.eof
        }
        let (r, w) = Lexer.decodeRune(input, pos)
        lastWidth = w
        pos += w
        return Int(r)
    }

    private mutating func peek() -> Int {
        let r = next()
        backup()
        return r
    }

    private mutating func backup() {
        if !atEOF && pos > 0 {
            pos -= lastWidth
        }
        atEOF = false
    }

    private func hasPrefix(_ p: [UInt8], at i: Int) -> Bool {
        if i < 0 || i + p.count > input.count { return false }
        var k = 0
        while k < p.count {
            if input[i + k] != p[k] { return false }
            k += 1
        }
        return true
    }

    private static func isSpace(_ r: Int) -> Bool { r == 0x20 || r == 0x09 || r == 0x0D || r == 0x0A }
    private static func isSpaceByte(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }

    static func isAlphaNumeric(_ r: Int) -> Bool {
        r == 0x5F || (r >= 0 && (GoQuote.isLetter(UInt32(r)) || GoQuote.isDigit(UInt32(r))))
    }

    /// Line of byte offset `p`, counted incrementally (offsets only grow).
    private mutating func line(at p: Int) -> Int {
        if p < lineCountedTo {
            var n = 1
            for i in 0..<p where input[i] == 0x0A { n += 1 }
            return n
        }
        var i = lineCountedTo
        while i < p {
            if input[i] == 0x0A { lineAtCounted += 1 }
            i += 1
        }
        lineCountedTo = p
        return lineAtCounted
    }

    private mutating func emit(_ kind: TokenKind) {
        emit(kind, from: start, to: pos)
        start = pos
    }

    private mutating func emit(_ kind: TokenKind, from s: Int, to e: Int) {
        let text = String(decoding: input[s..<e], as: UTF8.self)
        tokens.append(Token(kind: kind, pos: s, value: text, line: line(at: s)))
    }

    private mutating func ignore() { start = pos }

    private mutating func errorf(_ message: String) -> State {
        tokens.append(Token(kind: .error, pos: start, value: message, line: line(at: start)))
        return .done
    }

    private func hasLeftTrimMarker(at i: Int) -> Bool {
        i + 1 < input.count && input[i] == UInt8(ascii: "-") && Lexer.isSpaceByte(input[i + 1])
    }

    private func hasRightTrimMarker(at i: Int) -> Bool {
        i >= 0 && i + 1 < input.count && Lexer.isSpaceByte(input[i]) && input[i + 1] == UInt8(ascii: "-")
    }

    /// Whether the input at `pos` is the right delimiter, and whether a trim marker precedes it.
    private func atRightDelim() -> (delim: Bool, trim: Bool) {
        if hasRightTrimMarker(at: pos) && hasPrefix(rightDelim, at: pos + 2) { return (true, true) }
        if hasPrefix(rightDelim, at: pos) { return (true, false) }
        return (false, false)
    }

    private func indexOf(_ needle: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, input.count >= needle.count else { return nil }
        let first = needle[0]
        var i = from
        let last = input.count - needle.count
        while i <= last {
            if input[i] == first && hasPrefix(needle, at: i) { return i }
            i += 1
        }
        return nil
    }

    // MARK: - States

    private mutating func lexText() -> State {
        if let x = indexOf(leftDelim, from: pos) {
            if x > pos {
                var end = x
                if hasLeftTrimMarker(at: x + leftDelim.count) {
                    while end > start && Lexer.isSpaceByte(input[end - 1]) { end -= 1 }
                }
                pos = x
                if end > start {
                    emit(.text, from: start, to: end)
                }
                start = pos
            }
            return .leftDelim
        }
        pos = input.count
        if pos > start {
            emit(.text)
        }
        emit(.eof)
        return .done
    }

    private mutating func lexLeftDelim() -> State {
        pos += leftDelim.count
        let trim = hasLeftTrimMarker(at: pos)
        let afterMarker = trim ? 2 : 0
        if hasPrefix(Lexer.leftComment, at: pos + afterMarker) {
            pos += afterMarker
            ignore()
            return .comment
        }
        emit(.leftDelim)
        pos += afterMarker
        ignore()
        parenDepth = 0
        return .insideAction
    }

    private mutating func lexComment() -> State {
        pos += Lexer.leftComment.count
        guard let x = indexOf(Lexer.rightComment, from: pos) else {
            return errorf("unclosed comment")
        }
        pos = x + Lexer.rightComment.count
        let (delim, trim) = atRightDelim()
        if !delim {
            return errorf("comment ends before closing delimiter")
        }
        if trim { pos += 2 }
        pos += rightDelim.count
        if trim {
            while pos < input.count && Lexer.isSpaceByte(input[pos]) { pos += 1 }
        }
        ignore()
        return .text
    }

    private mutating func lexRightDelim() -> State {
        let (_, trim) = atRightDelim()
        if trim {
            pos += 2
            ignore()
        }
        pos += rightDelim.count
        emit(.rightDelim)
        if trim {
            while pos < input.count && Lexer.isSpaceByte(input[pos]) { pos += 1 }
            ignore()
        }
        return .text
    }

    private mutating func lexInsideAction() -> State {
        let (delim, _) = atRightDelim()
        if delim {
            if parenDepth == 0 { return .rightDelim }
            return errorf("unclosed left paren")
        }
        let r = next()
        switch r {
        case Lexer.eof:
            return errorf("unclosed action")
        case _ where Lexer.isSpace(r):
            backup()
            return .space
        case 0x3D: // '='
            emit(.assign)
            return .insideAction
        case 0x3A: // ':'
            if next() != 0x3D {
                return errorf("expected :=")
            }
            emit(.declare)
            return .insideAction
        case 0x7C: // '|'
            emit(.pipe)
            return .insideAction
        case 0x22: return .quote
        case 0x60: return .rawQuote
        case 0x24: return .variable
        case 0x27: return .char
        case 0x2E: // '.'
            if pos < input.count {
                let c = input[pos]
                if c < UInt8(ascii: "0") || c > UInt8(ascii: "9") {
                    return .field
                }
            }
            backup()
            return .number
        case 0x2B, 0x2D, 0x30...0x39:
            backup()
            return .number
        case _ where Lexer.isAlphaNumeric(r):
            backup()
            return .identifier
        case 0x28:
            emit(.leftParen)
            parenDepth += 1
            return .insideAction
        case 0x29:
            parenDepth -= 1
            if parenDepth < 0 {
                return errorf("unexpected right paren")
            }
            emit(.rightParen)
            return .insideAction
        case 0...0x7F where GoQuote.isPrint(Unicode.Scalar(UInt8(r))):
            emit(.char)
            return .insideAction
        default:
            return errorf("unrecognized character in action: \(GoQuote.unicodeForm(UInt32(r)))")
        }
    }

    private mutating func lexSpace() -> State {
        var numSpaces = 0
        while true {
            let r = peek()
            if !Lexer.isSpace(r) { break }
            _ = next()
            numSpaces += 1
        }
        if hasRightTrimMarker(at: pos - 1) && hasPrefix(rightDelim, at: pos - 1 + 2) {
            pos -= 1
            if numSpaces == 1 {
                return .rightDelim
            }
        }
        emit(.space)
        return .insideAction
    }

    private mutating func lexIdentifier() -> State {
        while true {
            let r = next()
            if Lexer.isAlphaNumeric(r) { continue }
            backup()
            let word = String(decoding: input[start..<pos], as: UTF8.self)
            if !atTerminator() {
                return errorf("bad character \(GoQuote.unicodeForm(UInt32(max(r, 0))))")
            }
            if let kw = TokenKind.keywords[word], kw > .keyword {
                if (kw == .breakKeyword && !breakOK) || (kw == .continueKeyword && !continueOK) {
                    emit(.identifier)
                } else {
                    emit(kw)
                }
            } else if word.utf8.first == UInt8(ascii: ".") {
                emit(.field)
            } else if word == "true" || word == "false" {
                emit(.bool)
            } else {
                emit(.identifier)
            }
            return .insideAction
        }
    }

    private mutating func lexVariable() -> State {
        if atTerminator() {
            emit(.variable)
            return .insideAction
        }
        return lexFieldOrVariable(.variable)
    }

    private mutating func lexFieldOrVariable(_ kind: TokenKind) -> State {
        if atTerminator() {
            emit(kind == .variable ? .variable : .dot)
            return .insideAction
        }
        var r = 0
        while true {
            r = next()
            if !Lexer.isAlphaNumeric(r) {
                backup()
                break
            }
        }
        if !atTerminator() {
            return errorf("bad character \(GoQuote.unicodeForm(UInt32(max(r, 0))))")
        }
        emit(kind)
        return .insideAction
    }

    /// Whether the next rune may follow a word: space, punctuation that ends an operand, or the right delimiter.
    private mutating func atTerminator() -> Bool {
        let r = peek()
        if Lexer.isSpace(r) { return true }
        switch r {
        case Lexer.eof, 0x2E, 0x2C, 0x7C, 0x3A, 0x29, 0x28: return true
        default: break
        }
        let (rd, _) = Lexer.decodeRune(rightDelim, 0)
        return Int(rd) == r
    }

    private mutating func lexChar() -> State {
        loop: while true {
            switch next() {
            case 0x5C:
                let r = next()
                if r != Lexer.eof && r != 0x0A { continue loop }
                return errorf("unterminated character constant")
            case Lexer.eof, 0x0A:
                return errorf("unterminated character constant")
            case 0x27:
                break loop
            default:
                continue loop
            }
        }
        emit(.charConstant)
        return .insideAction
    }

    private mutating func lexNumber() -> State {
        if !scanNumber() {
            return errorf("bad number syntax: " + GoQuote.quote(String(decoding: input[start..<pos], as: UTF8.self)))
        }
        let sign = peek()
        if sign == 0x2B || sign == 0x2D {
            if !scanNumber() || input[pos - 1] != UInt8(ascii: "i") {
                return errorf("bad number syntax: " + GoQuote.quote(String(decoding: input[start..<pos], as: UTF8.self)))
            }
            emit(.complex)
            return .insideAction
        }
        emit(.number)
        return .insideAction
    }

    private mutating func accept(_ valid: String) -> Bool {
        let r = next()
        if r >= 0, r < 0x80, valid.utf8.contains(UInt8(r)) { return true }
        backup()
        return false
    }

    private mutating func acceptRun(_ valid: String) {
        while true {
            let r = next()
            if r >= 0, r < 0x80, valid.utf8.contains(UInt8(r)) { continue }
            backup()
            return
        }
    }

    private mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") {
            acceptRun(digits)
        }
        if digits.utf8.count == 11 && accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.utf8.count == 23 && accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        if Lexer.isAlphaNumeric(peek()) {
            _ = next()
            return false
        }
        return true
    }

    private mutating func lexQuote() -> State {
        loop: while true {
            switch next() {
            case 0x5C:
                let r = next()
                if r != Lexer.eof && r != 0x0A { continue loop }
                return errorf("unterminated quoted string")
            case Lexer.eof, 0x0A:
                return errorf("unterminated quoted string")
            case 0x22:
                break loop
            default:
                continue loop
            }
        }
        emit(.string)
        return .insideAction
    }

    private mutating func lexRawQuote() -> State {
        while true {
            switch next() {
            case Lexer.eof:
                return errorf("unterminated raw quoted string")
            case 0x60:
                emit(.rawString)
                return .insideAction
            default:
                continue
            }
        }
    }
}
