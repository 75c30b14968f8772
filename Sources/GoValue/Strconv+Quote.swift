extension Strconv {
    /// `strconv.Quote`: a double-quoted Go literal, escaping what `unicode.IsPrint` rejects.
    public static func quote(_ s: String) -> String {
        // Most quoted strings (label values, names) are printable ASCII with nothing to escape:
        // wrapping them needs no per-rune work. Sprig's `quote` runs this on every label.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + s + "\""
        }
        var out: [UInt8] = []
        appendQuoted(&out, Array(s.utf8), quote: UInt8(ascii: "\""), asciiOnly: false)
        return String(decoding: out, as: UTF8.self)
    }

    /// `strconv.QuoteToASCII`: like `quote` but every non-ASCII rune is escaped (`%+q`).
    public static func quoteToASCII(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(&out, Array(s.utf8), quote: UInt8(ascii: "\""), asciiOnly: true)
        return String(decoding: out, as: UTF8.self)
    }

    /// `strconv.QuoteRune`: a single-quoted Go rune literal; invalid code points become U+FFFD.
    public static func quoteRune(_ rune: Int64) -> String {
        var out: [UInt8] = []
        appendQuotedRune(&out, rune, asciiOnly: false)
        return String(decoding: out, as: UTF8.self)
    }

    /// `strconv.QuoteRuneToASCII` (`%+q` of an integer).
    public static func quoteRuneToASCII(_ rune: Int64) -> String {
        var out: [UInt8] = []
        appendQuotedRune(&out, rune, asciiOnly: true)
        return String(decoding: out, as: UTF8.self)
    }

    /// `strconv.CanBackquote`: whether `%#q` may print the string as a raw `` `literal` ``.
    public static func canBackquote(_ s: String) -> Bool {
        canBackquote(bytes: Array(s.utf8))
    }

    /// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space,
    /// by Go's Unicode tables (not Swift's newer ones), so `%q` escapes what Go escapes.
    public static func isPrint(_ rune: UInt32) -> Bool {
        if rune < 0x80 { return rune >= 0x20 && rune < 0x7F }
        if rune > 0x10FFFF || (0xD800...0xDFFF).contains(rune) { return false }
        let table = GoPrintableTable.unprintable
        // Binary search for the last range starting at or below the rune.
        var low = 0, high = table.count / 2
        while low < high {
            let mid = (low + high) / 2
            if table[2 * mid] <= rune { low = mid + 1 } else { high = mid }
        }
        return low == 0 || rune > table[2 * (low - 1) + 1]
    }

    static func canBackquote(bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            let (rune, width) = decodeRune(bytes, at: i)
            i += width
            if width > 1 {
                if rune == 0xFEFF { return false }
                continue
            }
            if rune == 0xFFFD { return false }
            if (rune < 0x20 && rune != 0x09) || rune == 0x60 || rune == 0x7F { return false }
        }
        return true
    }

    /// Appends `bytes` as a quoted Go literal; bytes that are not UTF-8 become `\xNN`.
    static func appendQuoted(_ out: inout [UInt8], _ bytes: [UInt8], quote: UInt8, asciiOnly: Bool) {
        out.append(quote)
        var i = 0
        while i < bytes.count {
            let (rune, width) = decodeRune(bytes, at: i)
            if width == 1 && rune == 0xFFFD {
                out.append(contentsOf: Array("\\x".utf8))
                out.append(lowerDigits[Int(bytes[i] >> 4)])
                out.append(lowerDigits[Int(bytes[i] & 0xF)])
                i += 1
                continue
            }
            appendEscapedRune(&out, rune, quote: quote, asciiOnly: asciiOnly)
            i += width
        }
        out.append(quote)
    }

    static func appendQuotedRune(_ out: inout [UInt8], _ rune: Int64, asciiOnly: Bool) {
        var r = UInt32(0xFFFD)
        if rune >= 0 && rune <= 0x10FFFF && !(0xD800...0xDFFF).contains(rune) { r = UInt32(rune) }
        out.append(UInt8(ascii: "'"))
        appendEscapedRune(&out, r, quote: UInt8(ascii: "'"), asciiOnly: asciiOnly)
        out.append(UInt8(ascii: "'"))
    }

    private static func appendEscapedRune(_ out: inout [UInt8], _ rune: UInt32, quote: UInt8, asciiOnly: Bool) {
        if rune == UInt32(quote) || rune == 0x5C {
            out.append(0x5C)
            out.append(UInt8(rune))
            return
        }
        if asciiOnly {
            if rune < 0x80 && isPrint(rune) {
                out.append(UInt8(rune))
                return
            }
        } else if isPrint(rune) {
            appendUTF8(&out, rune)
            return
        }
        switch rune {
        case 0x07: out.append(contentsOf: Array("\\a".utf8))
        case 0x08: out.append(contentsOf: Array("\\b".utf8))
        case 0x0C: out.append(contentsOf: Array("\\f".utf8))
        case 0x0A: out.append(contentsOf: Array("\\n".utf8))
        case 0x0D: out.append(contentsOf: Array("\\r".utf8))
        case 0x09: out.append(contentsOf: Array("\\t".utf8))
        case 0x0B: out.append(contentsOf: Array("\\v".utf8))
        default:
            if rune < 0x20 || rune == 0x7F {
                out.append(contentsOf: Array("\\x".utf8))
                appendHex(&out, UInt64(rune), width: 2)
            } else if rune < 0x10000 {
                out.append(contentsOf: Array("\\u".utf8))
                appendHex(&out, UInt64(rune), width: 4)
            } else {
                out.append(contentsOf: Array("\\U".utf8))
                appendHex(&out, UInt64(rune), width: 8)
            }
        }
    }

    private static func appendHex(_ out: inout [UInt8], _ value: UInt64, width: Int) {
        for shift in stride(from: (width - 1) * 4, through: 0, by: -4) {
            out.append(lowerDigits[Int((value >> UInt64(shift)) & 0xF)])
        }
    }

    /// Appends the UTF-8 encoding of a valid code point.
    static func appendUTF8(_ out: inout [UInt8], _ rune: UInt32) {
        switch rune {
        case 0..<0x80:
            out.append(UInt8(rune))
        case 0x80..<0x800:
            out.append(0xC0 | UInt8(rune >> 6))
            out.append(0x80 | UInt8(rune & 0x3F))
        case 0x800..<0x10000:
            out.append(0xE0 | UInt8(rune >> 12))
            out.append(0x80 | UInt8((rune >> 6) & 0x3F))
            out.append(0x80 | UInt8(rune & 0x3F))
        default:
            out.append(0xF0 | UInt8(rune >> 18))
            out.append(0x80 | UInt8((rune >> 12) & 0x3F))
            out.append(0x80 | UInt8((rune >> 6) & 0x3F))
            out.append(0x80 | UInt8(rune & 0x3F))
        }
    }

    /// Go's `utf8.DecodeRune`: an invalid or truncated sequence is U+FFFD of width 1.
    static func decodeRune(_ bytes: [UInt8], at index: Int) -> (rune: UInt32, width: Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let remaining = bytes.count - index
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
            guard k < remaining else { return nil }
            let b = bytes[index + k]
            return (low...high).contains(b) ? UInt32(b & 0x3F) : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            if let c1 = continuation(1) { return ((UInt32(b0 & 0x1F) << 6) | c1, 2) }
        case 0xE0...0xEF:
            let low: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            if let c1 = continuation(1, low, high), let c2 = continuation(2) {
                return ((UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2, 3)
            }
        case 0xF0...0xF4:
            let low: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            if let c1 = continuation(1, low, high), let c2 = continuation(2), let c3 = continuation(3) {
                return ((UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4)
            }
        default:
            break
        }
        return (0xFFFD, 1)
    }
}
