/// Go's `strconv.FormatFloat` with precision -1 (shortest round-trip digits), for the
/// formats YAML and JSON output need: 'g', 'e' and 'f'.
///
/// Swift's `description` already yields the shortest digits that round-trip, which
/// is the digit string Go chooses; only the layout differs.
enum GoFloat {
    /// Shortest decimal digits (no leading/trailing zeros) and decimal-point position:
    /// value = 0.d1d2d3… × 10^dp.
    static func shortestDigits(_ value: Double, bitSize: Int) -> (digits: [UInt8], dp: Int) {
        let text = bitSize == 32 ? Float(value).magnitude.description : value.magnitude.description
        var mantissa = Substring(text)
        var exp10 = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp10 = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var dp = 0
        var seenPoint = false
        for c in mantissa.utf8 {
            if c == UInt8(ascii: ".") { seenPoint = true; continue }
            digits.append(c)
            if !seenPoint { dp += 1 }
        }
        // Strip leading zeros (each moves the point left) and trailing zeros.
        var lead = 0
        while lead < digits.count, digits[lead] == UInt8(ascii: "0") { lead += 1 }
        if lead == digits.count { return ([], 0) }
        digits.removeFirst(lead)
        dp -= lead
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, dp + exp10)
    }

    /// `strconv.FormatFloat(value, fmt, -1, bitSize)`; infinities and NaN as Go spells them.
    static func format(_ value: Double, fmt: Character, bitSize: Int) -> String {
        if value.isNaN { return "NaN" }
        let rounded = bitSize == 32 ? Double(Float(value)) : value
        if rounded.isInfinite { return rounded < 0 ? "-Inf" : "+Inf" }
        let neg = value.sign == .minus
        let (d, dp) = shortestDigits(value, bitSize: bitSize)
        var out = neg ? "-" : ""
        switch fmt {
        case "e":
            out += formatE(d, dp, precision: max(d.count - 1, 0))
        case "f":
            out += formatF(d, dp, precision: max(d.count - dp, 0))
        default:
            let exp = dp - 1
            if !d.isEmpty && (exp < -4 || exp >= 6) {
                out += formatE(d, dp, precision: d.count - 1)
            } else {
                out += formatF(d, dp, precision: max(d.count - dp, 0))
            }
        }
        return out
    }

    private static func formatE(_ d: [UInt8], _ dp: Int, precision: Int) -> String {
        var s: [UInt8] = []
        s.append(d.first ?? UInt8(ascii: "0"))
        if precision > 0 {
            s.append(UInt8(ascii: "."))
            for i in 1...precision { s.append(i < d.count ? d[i] : UInt8(ascii: "0")) }
        }
        s.append(UInt8(ascii: "e"))
        var exp = d.isEmpty ? 0 : dp - 1
        if exp < 0 { s.append(UInt8(ascii: "-")); exp = -exp } else { s.append(UInt8(ascii: "+")) }
        if exp < 10 { s.append(UInt8(ascii: "0")) }
        s.append(contentsOf: String(exp).utf8)
        return String(decoding: s, as: UTF8.self)
    }

    private static func formatF(_ d: [UInt8], _ dp: Int, precision: Int) -> String {
        var s: [UInt8] = []
        if dp > 0 {
            for i in 0..<dp { s.append(i < d.count ? d[i] : UInt8(ascii: "0")) }
        } else {
            s.append(UInt8(ascii: "0"))
        }
        if precision > 0 {
            s.append(UInt8(ascii: "."))
            for i in 0..<precision {
                let j = dp + i
                s.append(j >= 0 && j < d.count ? d[j] : UInt8(ascii: "0"))
            }
        }
        return String(decoding: s, as: UTF8.self)
    }

    /// How `encoding/json` writes a float: 'f' unless the magnitude is below 1e-6 or at
    /// least 1e21, then 'e' with a one-digit negative exponent kept short (`1e-7`).
    static func json(_ value: Double, bitSize: Int) -> String {
        // Fast path: integral values below 2^53 print as plain integers.
        if bitSize == 64, value == value.rounded(.towardZero), value.magnitude < 9_007_199_254_740_992 {
            if value == 0 { return value.sign == .minus ? "-0" : "0" }
            return String(Int64(value))
        }
        let abs = value.magnitude
        var useE = false
        if abs != 0 {
            if bitSize == 64 { useE = abs < 1e-6 || abs >= 1e21 }
            else { useE = Float(abs) < 1e-6 || Float(abs) >= 1e21 }
        }
        var s = format(value, fmt: useE ? "e" : "f", bitSize: bitSize)
        if useE {
            var b = Array(s.utf8)
            let n = b.count
            if n >= 4, b[n - 4] == UInt8(ascii: "e"), b[n - 3] == UInt8(ascii: "-"), b[n - 2] == UInt8(ascii: "0") {
                b[n - 2] = b[n - 1]
                b.removeLast()
                s = String(decoding: b, as: UTF8.self)
            }
        }
        return s
    }
}
