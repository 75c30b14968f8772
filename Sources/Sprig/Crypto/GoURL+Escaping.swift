import GoValue

/// Go's percent-encoding rules (`shouldEscape`, `escape`, `unescape`).
extension GoURL {
    static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
    }

    static func shouldEscape(_ c: UInt8, _ mode: Mode) -> Bool {
        if isAlphanumeric(c) { return false }
        if mode == .host || mode == .zone, Array("!$&'()*+,;=:[]<>\"".utf8).contains(c) { return false }
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return false
        case UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"):
            switch mode {
            case .path: return c == UInt8(ascii: "?")
            case .pathSegment: return Array("/;,?".utf8).contains(c)
            case .userPassword: return Array("@/?:".utf8).contains(c)
            case .queryComponent: return true
            case .fragment: return false
            case .host, .zone: break
            }
        default: break
        }
        if mode == .fragment, Array("!()*".utf8).contains(c) { return false }
        return true
    }

    static func escape(_ s: String, _ mode: Mode) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for c in s.utf8 {
            if c == 0x20 && mode == .queryComponent {
                out.append(UInt8(ascii: "+"))
            } else if shouldEscape(c, mode) {
                out += [UInt8(ascii: "%"), hex[Int(c >> 4)], hex[Int(c & 15)]]
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return nil
        }
    }

    static func unescape(_ s: String, _ mode: Mode) throws(Failure) -> String {
        let b = Array(s.utf8)
        func text(_ slice: ArraySlice<UInt8>) -> String { String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "%") {
                guard i + 2 < b.count, let hi = hexValue(b[i + 1]), let lo = hexValue(b[i + 2]) else {
                    throw Failure(reason: "invalid URL escape \(quote(text(b[i..<min(i + 3, b.count)])))")
                }
                let isPercent = b[i + 1] == UInt8(ascii: "2") && b[i + 2] == UInt8(ascii: "5")
                if mode == .host && hi < 8 && !isPercent {
                    throw Failure(reason: "invalid URL escape \(quote(text(b[i..<(i + 3)])))")
                }
                let v = hi << 4 | lo
                if mode == .zone && !isPercent && v != 0x20 && shouldEscape(v, .host) {
                    throw Failure(reason: "invalid URL escape \(quote(text(b[i..<(i + 3)])))")
                }
                out.append(v)
                i += 3
                continue
            }
            if (mode == .host || mode == .zone) && c < 0x80 && shouldEscape(c, mode) {
                throw Failure(reason: "invalid character \(quote(text(b[i...i]))) in host name")
            }
            out.append(c == UInt8(ascii: "+") && mode == .queryComponent ? 0x20 : c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `validEncoded`: whether a raw path or fragment uses only characters that
    /// may appear unescaped, so Go can keep the author's spelling.
    static func validEncoded(_ s: String, _ mode: Mode) -> Bool {
        for c in s.utf8 {
            if Array("!$&'()*+,;=:@[]".utf8).contains(c) { continue }
            if c == UInt8(ascii: "%") { continue }
            if shouldEscape(c, mode) { return false }
        }
        return true
    }

    /// `strings.Cut`: the text before the first separator and, if found, after it.
    static func cut(_ s: String, _ separator: Character) -> (String, String?) {
        guard let i = s.firstIndex(of: separator) else { return (s, nil) }
        return (String(s[..<i]), String(s[s.index(after: i)...]))
    }

    /// `strconv.Quote` for the short pieces of input that Go's URL errors quote.
    static func quote(_ s: String) -> String { Strconv.quote(s) }
}
