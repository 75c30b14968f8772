import GoValue

/// The conversions Sprig borrows from spf13/cast (v1.7) and Go's strconv.
///
/// Sprig never fails a conversion: whatever cast cannot read becomes zero, so
/// `int "x"` is 0. The rules here decide which strings count as numbers.
enum SprigCast {
    /// `cast.ToInt64`: integers as they are, floats truncated, strings through
    /// `strconv.ParseInt(s, 0, 64)` after dropping a `.0` tail, anything else 0.
    static func toInt64(_ value: GoValue) -> Int64 {
        switch value {
        case .nil: return 0
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        case .integer(let i, _): return i
        case .uint64(let u): return Int64(bitPattern: u)
        case .float64(let d): return goTruncate(d)
        case .float32(let f): return goTruncate(Double(f))
        case .string(let s):
            let parsed = parseInt(trimZeroDecimal(s), base: 0)
            return parsed.error == nil ? parsed.value : 0
        case .slice, .map, .object: return 0
        }
    }

    /// `cast.ToInt`: the same rules as `toInt64` (Go's int is 64-bit).
    static func toInt(_ value: GoValue) -> Int { Int(toInt64(value)) }

    /// `cast.ToFloat64`: numbers widened, strings through `strconv.ParseFloat`, anything else 0.
    static func toFloat64(_ value: GoValue) -> Double {
        switch value {
        case .nil: return 0
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .int64(let i): return Double(i)
        case .integer(let i, let t): return t.kind.isUnsignedInteger && i < 0 ? Double(UInt64(bitPattern: i)) : Double(i)
        case .uint64(let u): return Double(u)
        case .float64(let d): return d
        case .float32(let f): return Double(f)
        case .string(let s): return parseFloat(s) ?? 0
        case .slice, .map, .object: return 0
        }
    }

    /// Go's conversion `int64(f)` on amd64: truncation, and the "integer indefinite"
    /// value (the minimum int64) for NaN and for anything out of range.
    static func goTruncate(_ d: Double) -> Int64 {
        if d.isNaN || d >= 9_223_372_036_854_775_808.0 || d < -9_223_372_036_854_775_808.0 { return Int64.min }
        return Int64(d)
    }

    /// cast's `trimZeroDecimal`: `"5.00"` reads as `"5"`, so integral decimals convert.
    static func trimZeroDecimal(_ s: String) -> String {
        let bytes = Array(s.utf8)
        var foundZero = false
        var i = bytes.count
        while i > 0 {
            switch bytes[i - 1] {
            case UInt8(ascii: "."):
                if foundZero { return String(decoding: bytes[..<(i - 1)], as: UTF8.self) }
            case UInt8(ascii: "0"):
                foundZero = true
            default:
                return s
            }
            i -= 1
        }
        return s
    }

    /// Why a string did not parse as an integer: Go's `ErrSyntax` or `ErrRange`.
    enum ParseFailure: Error { case syntax, range }

    /// `strconv.ParseInt(s, base, 64)`: base 0 reads Go's prefixes (`0x`, `0o`, `0b`, a
    /// leading `0` for octal) and underscores between digits. On a range error the value
    /// is clamped, as Go returns it (`atoi` keeps it).
    static func parseInt(_ s: String, base: Int) -> (value: Int64, error: ParseFailure?) {
        let bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return (0, .syntax) }
        var body = bytes[...]
        var negative = false
        if body.first == UInt8(ascii: "+") || body.first == UInt8(ascii: "-") {
            negative = body.first == UInt8(ascii: "-")
            body = body.dropFirst()
        }
        guard let magnitude = parseUnsigned(body, base: base) else { return (0, .syntax) }
        switch magnitude {
        case .success(let u):
            if negative {
                if u > UInt64(Int64.max) + 1 { return (Int64.min, .range) }
                return (u == UInt64(Int64.max) + 1 ? Int64.min : -Int64(u), nil)
            }
            if u > UInt64(Int64.max) { return (Int64.max, .range) }
            return (Int64(u), nil)
        case .failure:
            return (negative ? Int64.min : Int64.max, .range)
        }
    }

    /// `strconv.ParseUint` on the unsigned part; nil on a syntax error.
    private static func parseUnsigned(_ s: ArraySlice<UInt8>, base requested: Int) -> Result<UInt64, ParseFailure>? {
        guard !s.isEmpty else { return nil }
        let original = s
        var digits = s
        var base = requested
        var allowUnderscores = false
        if base == 0 {
            base = 10
            allowUnderscores = true
            if digits.first == UInt8(ascii: "0") {
                let lower = digits.count >= 3 ? (digits[digits.startIndex + 1] | 0x20) : 0
                switch lower {
                case UInt8(ascii: "b"): base = 2; digits = digits.dropFirst(2)
                case UInt8(ascii: "o"): base = 8; digits = digits.dropFirst(2)
                case UInt8(ascii: "x"): base = 16; digits = digits.dropFirst(2)
                default: base = 8; digits = digits.dropFirst(1)
                }
            }
        }
        var value: UInt64 = 0
        var sawUnderscore = false
        var overflow = false
        for c in digits {
            let d: UInt64
            switch c {
            case UInt8(ascii: "_") where allowUnderscores:
                sawUnderscore = true
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt64(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): d = UInt64(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): d = UInt64(c - UInt8(ascii: "A") + 10)
            default: return nil
            }
            if d >= UInt64(base) { return nil }
            if overflow { continue }
            let (m, o1) = value.multipliedReportingOverflow(by: UInt64(base))
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { overflow = true } else { value = a }
        }
        if sawUnderscore && !underscoreOK(original) { return nil }
        return overflow ? .failure(.range) : .success(value)
    }

    /// Go's rule for `_` in number literals: only between digits, or after a base prefix.
    static func underscoreOK(_ s: ArraySlice<UInt8>) -> Bool {
        var s = s
        if let f = s.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { s = s.dropFirst() }
        var saw: UInt8 = UInt8(ascii: "^")
        var hex = false
        var i = s.startIndex
        if s.count >= 2, s[i] == UInt8(ascii: "0") {
            let l = s[i + 1] | 0x20
            if l == UInt8(ascii: "b") || l == UInt8(ascii: "o") || l == UInt8(ascii: "x") {
                i += 2
                saw = UInt8(ascii: "0")
                hex = l == UInt8(ascii: "x")
            }
        }
        while i < s.endIndex {
            let c = s[i]
            let lc = c | 0x20
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || hex && (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(lc) {
                saw = UInt8(ascii: "0")
            } else if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
            } else {
                if saw == UInt8(ascii: "_") { return false }
                saw = UInt8(ascii: "!")
            }
            i += 1
        }
        return saw != UInt8(ascii: "_")
    }

    /// `strconv.ParseFloat(s, 64)`; nil for a syntax error or a value out of range.
    static func parseFloat(_ s: String) -> Double? {
        var bytes = Array(s.utf8)[...]
        guard !bytes.isEmpty else { return nil }
        var sign = ""
        if let f = bytes.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            sign = f == UInt8(ascii: "-") ? "-" : ""
            bytes = bytes.dropFirst()
        }
        let lower = String(decoding: bytes, as: UTF8.self).lowercased()
        if lower == "inf" || lower == "infinity" { return sign == "-" ? -.infinity : .infinity }
        if lower == "nan" { return sign.isEmpty && bytes.count == s.utf8.count ? .nan : nil }
        let isHex = bytes.count >= 2 && bytes.first == UInt8(ascii: "0") && (bytes[bytes.startIndex + 1] | 0x20) == UInt8(ascii: "x")
        var sawDigit = false, sawDot = false, sawExp = false, sawUnderscore = false
        var i = bytes.startIndex + (isHex ? 2 : 0)
        let expChar: UInt8 = isHex ? UInt8(ascii: "p") : UInt8(ascii: "e")
        while i < bytes.endIndex {
            let c = bytes[i]
            if c == UInt8(ascii: "_") { sawUnderscore = true; i += 1; continue }
            if c == UInt8(ascii: ".") {
                if sawDot { return nil }
                sawDot = true
            } else if (c | 0x20) == expChar {
                if !sawDigit { return nil }
                sawExp = true
                i += 1
                break
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c)
                        || isHex && (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(c | 0x20) {
                sawDigit = true
            } else {
                return nil
            }
            i += 1
        }
        if !sawDigit { return nil }
        if sawExp {
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            var expDigits = false
            while i < bytes.endIndex {
                let c = bytes[i]
                if c == UInt8(ascii: "_") { sawUnderscore = true } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) { expDigits = true } else { return nil }
                i += 1
            }
            if !expDigits { return nil }
        } else if isHex {
            return nil  // Go: a hexadecimal mantissa requires a 'p' exponent
        }
        if sawUnderscore && !underscoreOK(bytes) { return nil }
        let cleaned = sign + String(decoding: bytes.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        guard let d = Double(cleaned) else { return nil }
        if d.isInfinite { return nil }
        return d
    }
}
