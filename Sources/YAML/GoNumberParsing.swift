/// Go's `strconv` number parsing as go-yaml v2 and `encoding/json` use it.
enum GoNumberParsing {
    /// `strconv.ParseInt(s, radix, 64)`; radix 0 means Go's literal rules
    /// (`0x`, `0o`, `0b` prefixes, a leading `0` for octal). Underscores are not accepted here.
    static func parseInt(_ s: String, radix: Int = 0) -> Int64? {
        var b = Substring(s).utf8[...]
        var negative = false
        if let c = b.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            negative = c == UInt8(ascii: "-")
            b = b.dropFirst()
        }
        guard let mag = parseMagnitude(b, radix: radix) else { return nil }
        if negative {
            if mag <= UInt64(Int64.max) { return -Int64(mag) }
            if mag == UInt64(Int64.max) + 1 { return Int64.min }
            return nil
        }
        return mag <= UInt64(Int64.max) ? Int64(mag) : nil
    }

    /// `strconv.ParseUint(s, radix, 64)`: no sign allowed.
    static func parseUint(_ s: String, radix: Int = 0) -> UInt64? {
        parseMagnitude(Substring(s).utf8[...], radix: radix)
    }

    private static func parseMagnitude(_ input: Substring.UTF8View.SubSequence, radix: Int) -> UInt64? {
        var b = input
        var base = UInt64(radix)
        if radix == 0 {
            base = 10
            if b.first == UInt8(ascii: "0") {
                let rest = b.dropFirst()
                if let p = rest.first {
                    switch p | 0x20 {
                    case UInt8(ascii: "x"): base = 16; b = rest.dropFirst()
                    case UInt8(ascii: "o"): base = 8; b = rest.dropFirst()
                    case UInt8(ascii: "b"): base = 2; b = rest.dropFirst()
                    default: base = 8; b = rest
                    }
                    if b.isEmpty { return nil }  // a prefix with no digits ("0x", "0o")
                } else {
                    return 0
                }
            }
        }
        guard !b.isEmpty else { return nil }
        var v: UInt64 = 0
        for c in b {
            let d: UInt64
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt64(c - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): d = UInt64(c - 97 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): d = UInt64(c - 65 + 10)
            default: return nil
            }
            guard d < base else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: base)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            v = a
        }
        return v
    }

    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`, go-yaml's gate before ParseFloat.
    static func isYAMLStyleFloat(_ s: String) -> Bool {
        let b = Array(s.utf8)
        var i = 0
        func digits() -> Int { let s = i; while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }; return i - s }
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { return false }
        } else {
            if digits() == 0 { return false }
            if i < b.count, b[i] == UInt8(ascii: ".") { i += 1; _ = digits() }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { return false }
        }
        return i == b.count
    }

    /// `strconv.ParseFloat(s, 64)` for decimal text: nil when malformed or out of range (±Inf).
    static func parseFloat(_ s: String) -> Double? {
        guard isDecimalFloat(s), let d = Double(s), d.isFinite else { return nil }
        return d
    }

    /// Decimal float syntax Go accepts without base prefixes or special words.
    private static func isDecimalFloat(_ s: String) -> Bool {
        let b = Array(s.utf8)
        var i = 0
        var mantissaDigits = 0
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1; mantissaDigits += 1 }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1; mantissaDigits += 1 }
        }
        if mantissaDigits == 0 { return false }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            var e = 0
            while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1; e += 1 }
            if e == 0 { return false }
        }
        return i == b.count
    }
}
