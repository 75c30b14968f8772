extension Strconv {
    /// `strconv.ParseUint(s, base, bitSize)`, returning Go's pair: on a range error the
    /// value is the largest of the bit size, as Go returns it.
    ///
    /// Base 0 reads Go's prefixes (`0x`, `0o`, `0b`, a leading `0` for octal) and allows
    /// `_` between digits, as template literals and Sprig's conversions do.
    public static func parseUint(_ s: String, base: Int = 0, bitSize: Int = 64) -> (value: UInt64, error: StrconvError?) {
        let result = parseUnsigned(Array(s.utf8), base: base, bitSize: bitSize)
        return (result.value, result.reason.map { StrconvError(function: "ParseUint", input: s, reason: $0) })
    }

    /// `strconv.ParseInt(s, base, bitSize)`: an optional sign, then as `parseUint`; out of
    /// range values come back clamped with a `.range` error.
    public static func parseInt(_ s: String, base: Int = 0, bitSize: Int = 64) -> (value: Int64, error: StrconvError?) {
        let bytes = Array(s.utf8)
        func failure(_ reason: StrconvError.Reason, _ value: Int64 = 0) -> (value: Int64, error: StrconvError?) {
            (value, StrconvError(function: "ParseInt", input: s, reason: reason))
        }
        guard !bytes.isEmpty else { return failure(.syntax) }
        var negative = false
        var digits = bytes[...]
        if bytes[0] == UInt8(ascii: "+") {
            digits = bytes[1...]
        } else if bytes[0] == UInt8(ascii: "-") {
            negative = true
            digits = bytes[1...]
        }
        let unsigned = parseUnsigned(Array(digits), base: base, bitSize: bitSize)
        if let reason = unsigned.reason, reason != .range { return failure(reason) }
        let size = bitSize == 0 ? 64 : bitSize
        let cutoff = UInt64(1) << UInt64(size - 1)
        if !negative && unsigned.value >= cutoff { return failure(.range, Int64(cutoff - 1)) }
        if negative && unsigned.value > cutoff { return failure(.range, Int64(bitPattern: 0 &- cutoff)) }
        let value = negative ? Int64(bitPattern: 0 &- unsigned.value) : Int64(bitPattern: unsigned.value)
        return (value, nil)
    }

    /// `strconv.Atoi`: base 10 only, no prefixes or underscores; errors name `Atoi`.
    public static func atoi(_ s: String) -> (value: Int, error: StrconvError?) {
        let result = parseInt(s, base: 10, bitSize: 64)
        guard var error = result.error else { return (Int(result.value), nil) }
        error.function = "Atoi"
        return (Int(result.value), error)
    }

    private static func parseUnsigned(_ s: [UInt8], base requestedBase: Int, bitSize requestedBitSize: Int)
        -> (value: UInt64, reason: StrconvError.Reason?) {
        guard !s.isEmpty else { return (0, .syntax) }
        var base = requestedBase
        var start = 0
        let prefixed = base == 0
        if base == 0 {
            base = 10
            if s[0] == UInt8(ascii: "0") {
                let marker = s.count >= 3 ? s[1] | 0x20 : 0
                switch marker {
                case UInt8(ascii: "b"): base = 2; start = 2
                case UInt8(ascii: "o"): base = 8; start = 2
                case UInt8(ascii: "x"): base = 16; start = 2
                default: base = 8; start = 1
                }
            }
        } else if !(2...36).contains(base) {
            return (0, .invalidBase(base))
        }
        let bitSize = requestedBitSize == 0 ? 64 : requestedBitSize
        guard (1...64).contains(bitSize) else { return (0, .invalidBitSize(requestedBitSize)) }
        let maxValue: UInt64 = bitSize == 64 ? .max : (1 << UInt64(bitSize)) - 1
        let cutoff = UInt64.max / UInt64(base) + 1
        var value: UInt64 = 0
        var sawUnderscore = false
        for c in s[start...] {
            if c == UInt8(ascii: "_") && prefixed {
                sawUnderscore = true
                continue
            }
            guard let digit = digitValue(c), digit < base else { return (0, .syntax) }
            if value >= cutoff { return (maxValue, .range) }
            value *= UInt64(base)
            let next = value &+ UInt64(digit)
            if next < value || next > maxValue { return (maxValue, .range) }
            value = next
        }
        if sawUnderscore && !underscoresAllowed(s[...]) { return (0, .syntax) }
        return (value, nil)
    }

    private static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// Go's rule for `_` in numbers: only between digits, or between a base prefix and a digit.
    static func underscoresAllowed(_ text: ArraySlice<UInt8>) -> Bool {
        var s = text
        if let first = s.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { s = s.dropFirst() }
        enum Last { case start, digit, underscore, other }
        var last = Last.start
        var hex = false
        var i = s.startIndex
        if s.count >= 2 && s[i] == UInt8(ascii: "0") {
            let marker = s[i + 1] | 0x20
            if marker == UInt8(ascii: "b") || marker == UInt8(ascii: "o") || marker == UInt8(ascii: "x") {
                i += 2
                last = .digit
                hex = marker == UInt8(ascii: "x")
            }
        }
        while i < s.endIndex {
            let c = s[i]
            i += 1
            let lower = c | 0x20
            if (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (hex && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")) {
                last = .digit
                continue
            }
            if c == UInt8(ascii: "_") {
                if last != .digit { return false }
                last = .underscore
                continue
            }
            if last == .underscore { return false }
            last = .other
        }
        return last != .underscore
    }

    /// `strconv.ParseFloat(s, bitSize)`: Go's decimal and hexadecimal float syntax, `_`
    /// separators, `Inf`/`Infinity`/`NaN` in any case. Overflow gives ±Inf and a `.range`
    /// error; the result is correctly rounded to the bit size.
    public static func parseFloat(_ s: String, bitSize: Int = 64) -> (value: Double, error: StrconvError?) {
        let bytes = Array(s.utf8)
        func failure(_ reason: StrconvError.Reason, _ value: Double = 0) -> (value: Double, error: StrconvError?) {
            (value, StrconvError(function: "ParseFloat", input: s, reason: reason))
        }
        if let special = specialFloat(bytes) { return (special, nil) }
        guard let text = floatText(bytes) else { return failure(.syntax) }
        let value: Double
        if bitSize == 32 {
            guard let single = Float(text) else { return failure(.syntax) }
            value = Double(single)
        } else {
            guard let double = Double(text) else { return failure(.syntax) }
            value = double
        }
        if value.isInfinite { return failure(.range, value) }
        return (value, nil)
    }

    /// `inf`, `infinity` (optionally signed) and `nan`, in any case.
    private static func specialFloat(_ s: [UInt8]) -> Double? {
        var i = 0
        var sign = 1.0
        if let first = s.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            if first == UInt8(ascii: "-") { sign = -1 }
            i = 1
        }
        let rest = String(decoding: s[i...], as: UTF8.self).lowercased()
        if rest == "inf" || rest == "infinity" { return sign * .infinity }
        if rest == "nan" && i == 0 { return .nan }
        return nil
    }

    /// Checks Go's float syntax and returns the text without underscores, or nil.
    private static func floatText(_ s: [UInt8]) -> String? {
        var i = 0
        var out: [UInt8] = []
        if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
            out.append(s[i])
            i += 1
        }
        var hex = false
        if i + 1 < s.count && s[i] == UInt8(ascii: "0") && s[i + 1] | 0x20 == UInt8(ascii: "x") {
            hex = true
            out.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: "x")])
            i += 2
        }
        var sawDigits = false, sawDot = false, sawUnderscore = false
        while i < s.count {
            let c = s[i]
            let lower = c | 0x20
            if c == UInt8(ascii: "_") {
                sawUnderscore = true
            } else if c == UInt8(ascii: ".") {
                if sawDot { break }
                sawDot = true
                out.append(c)
            } else if (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (hex && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")) {
                sawDigits = true
                out.append(c)
            } else {
                break
            }
            i += 1
        }
        guard sawDigits else { return nil }
        let exponentLetter = hex ? UInt8(ascii: "p") : UInt8(ascii: "e")
        if i < s.count && s[i] | 0x20 == exponentLetter {
            out.append(exponentLetter)
            i += 1
            if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
                out.append(s[i])
                i += 1
            }
            var sawExponentDigit = false
            while i < s.count && ((s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "9")) || s[i] == UInt8(ascii: "_")) {
                if s[i] == UInt8(ascii: "_") {
                    sawUnderscore = true
                } else {
                    sawExponentDigit = true
                    out.append(s[i])
                }
                i += 1
            }
            guard sawExponentDigit else { return nil }
        } else if hex {
            // A hexadecimal mantissa needs a 'p' exponent in Go.
            return nil
        }
        guard i == s.count else { return nil }
        if sawUnderscore && !underscoresAllowed(s[...]) { return nil }
        return String(decoding: out, as: UTF8.self)
    }
}
