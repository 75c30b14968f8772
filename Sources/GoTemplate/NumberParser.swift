import GoValue

/// Turns a number or character token into a `NumberNode` holding every Go type the
/// constant can take, with Go's strconv rules (base prefixes, underscores, octal).
enum NumberParser {
    struct Failure: Error { var message: String }

    static func parse(pos: Int, text: String, kind: TokenKind) -> Result<NumberNode, Failure> {
        do {
            return .success(try make(pos: pos, text: text, kind: kind))
        } catch {
            return .failure(error)
        }
    }

    private static func make(pos: Int, text: String, kind: TokenKind) throws(Failure) -> NumberNode {
        let n = NumberNode(pos: pos, text: text)
        let b = Array(text.utf8)
        if kind == .charConstant {
            guard b.count >= 2, let (r, _, rest) = GoUnquote.unquoteChar(b, from: 1, quote: 0x27) else {
                throw Failure(message: "invalid syntax")
            }
            if rest != b.count - 1 || b[rest] != 0x27 {
                throw Failure(message: "malformed character constant: \(text)")
            }
            n.int64 = Int64(r); n.isInt = true
            n.uint64 = UInt64(r); n.isUint = true
            n.float64 = Double(r); n.isFloat = true
            return n
        }
        if kind == .complex || b.last == UInt8(ascii: "i") {
            if kind == .complex || parseFloat(Array(b.dropLast())) != nil {
                n.isComplex = true
                return n
            }
        }
        let u = parseUint(b)
        if let u {
            n.isUint = true
            n.uint64 = u
        }
        if let i = parseInt(b) {
            n.isInt = true
            n.int64 = i
            if i == 0 {
                n.isUint = true
                n.uint64 = u ?? 0
            }
        }
        if n.isInt {
            n.isFloat = true
            n.float64 = Double(n.int64)
        } else if n.isUint {
            n.isFloat = true
            n.float64 = Double(n.uint64)
        } else if let f = parseFloat(b) {
            if !b.contains(where: { $0 == 0x2E || $0 == 0x65 || $0 == 0x45 || $0 == 0x70 || $0 == 0x50 }) {
                throw Failure(message: "integer overflow: \(GoQuote.quote(text))")
            }
            n.isFloat = true
            n.float64 = f
            if f >= -9223372036854775808.0 && f < 9223372036854775808.0 && Double(Int64(f)) == f {
                n.isInt = true
                n.int64 = Int64(f)
            }
            if f >= 0 && f < 18446744073709551616.0 && Double(UInt64(f)) == f {
                n.isUint = true
                n.uint64 = UInt64(f)
            }
        }
        if !n.isInt && !n.isUint && !n.isFloat {
            throw Failure(message: "illegal number syntax: \(GoQuote.quote(text))")
        }
        return n
    }

    /// `strconv.ParseUint(s, 0, 64)` as text/template calls it; nil on any error.
    static func parseUint(_ s: [UInt8]) -> UInt64? {
        let (value, error) = Strconv.parseUint(String(decoding: s, as: UTF8.self), base: 0, bitSize: 64)
        return error == nil ? value : nil
    }

    /// `strconv.ParseInt(s, 0, 64)`; nil on any error.
    static func parseInt(_ s: [UInt8]) -> Int64? {
        let (value, error) = Strconv.parseInt(String(decoding: s, as: UTF8.self), base: 0, bitSize: 64)
        return error == nil ? value : nil
    }

    /// `strconv.ParseFloat(s, 64)`; nil on a syntax error or overflow.
    static func parseFloat(_ s: [UInt8]) -> Double? {
        let (value, error) = Strconv.parseFloat(String(decoding: s, as: UTF8.self), bitSize: 64)
        return error == nil ? value : nil
    }
}

/// Go's strconv.Unquote and UnquoteChar over UTF-8 bytes.
enum GoUnquote {
    /// Unquotes a "..." or `...` literal; nil when Go would report invalid syntax.
    static func unquote(_ s: String) -> String? {
        let b = Array(s.utf8)
        guard b.count >= 2, let q = b.first, q == b.last else { return nil }
        if q == 0x60 {
            let body = b[1..<(b.count - 1)]
            if body.contains(0x60) { return nil }
            return String(decoding: body.filter { $0 != 0x0D }, as: UTF8.self)
        }
        guard q == 0x22 else { return nil }
        let body = b[1..<(b.count - 1)]
        if !body.contains(0x5C) && !body.contains(0x0A) && !body.contains(0x22) {
            return String(decoding: body, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = 1
        let end = b.count - 1
        while i < end {
            guard let (r, multibyte, next) = unquoteChar(Array(b[..<end]), from: i, quote: 0x22) else { return nil }
            if r < 0x80 || !multibyte {
                out.append(UInt8(truncatingIfNeeded: r))
            } else if let scalar = Unicode.Scalar(r) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            } else {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            }
            i = next
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes one character or escape at `i`; returns the value, whether it is a
    /// rune (vs a single byte from \x or octal), and where the rest begins.
    static func unquoteChar(_ s: [UInt8], from i: Int, quote: UInt8) -> (UInt32, Bool, Int)? {
        guard i < s.count else { return nil }
        let c = s[i]
        if c == quote && (quote == 0x27 || quote == 0x22) { return nil }
        if c >= 0x80 {
            let (r, w) = Lexer.decodeRune(s, i)
            return (r, true, i + w)
        }
        if c != 0x5C { return (UInt32(c), false, i + 1) }
        guard i + 1 < s.count else { return nil }
        let e = s[i + 1]
        var j = i + 2
        switch e {
        case UInt8(ascii: "a"): return (7, false, j)
        case UInt8(ascii: "b"): return (8, false, j)
        case UInt8(ascii: "f"): return (12, false, j)
        case UInt8(ascii: "n"): return (10, false, j)
        case UInt8(ascii: "r"): return (13, false, j)
        case UInt8(ascii: "t"): return (9, false, j)
        case UInt8(ascii: "v"): return (11, false, j)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
            guard j + n <= s.count else { return nil }
            var v: UInt32 = 0
            for k in 0..<n {
                let h = s[j + k]
                let d: UInt32
                switch h {
                case 0x30...0x39: d = UInt32(h - 0x30)
                case 0x61...0x66: d = UInt32(h - 0x61 + 10)
                case 0x41...0x46: d = UInt32(h - 0x41 + 10)
                default: return nil
                }
                v = v << 4 | d
            }
            j += n
            if e == UInt8(ascii: "x") { return (v, false, j) }
            if v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { return nil }
            return (v, true, j)
        case 0x30...0x37:
            var v = UInt32(e - 0x30)
            guard j + 2 <= s.count else { return nil }
            for k in 0..<2 {
                let o = s[j + k]
                guard o >= 0x30 && o <= 0x37 else { return nil }
                v = v << 3 | UInt32(o - 0x30)
            }
            if v > 255 { return nil }
            return (v, false, j + 2)
        case 0x5C: return (0x5C, false, j)
        case 0x27, 0x22:
            if e != quote { return nil }
            return (UInt32(e), false, j)
        default:
            return nil
        }
    }
}
