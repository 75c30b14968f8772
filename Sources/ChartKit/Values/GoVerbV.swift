import GoValue

/// Go's `%v` for the plain data values hold (nil, bools, numbers, strings, slices,
/// maps), which Helm's coalescing warnings embed. Kept local so warnings are right
/// whatever stage the shared formatter is at.
enum GoVerbV {
    static func format(_ v: GoValue) -> String {
        switch v {
        case .nil: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return s
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .integer(let i, _): return String(i)
        case .uint64(let u): return String(u)
        case .float64(let d): return formatFloat(d)
        case .float32(let f): return formatFloat(Double(f))
        case .slice(let s): return "[" + s.elements.map(format).joined(separator: " ") + "]"
        case .map(let m): return "map[" + m.sortedKeys.map { "\($0):\(format(m[$0]!))" }.joined(separator: " ") + "]"
        case .object: return GoFmt.formatValue(v)
        }
    }

    /// `strconv.FormatFloat(d, 'g', -1, 64)`: shortest digits, exponent form below 1e-4 and from 1e+06 up.
    static func formatFloat(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        // Swift's description gives the shortest round-trip digits; take them apart.
        var text = "\(abs(d))"
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0]), fracPart = parts.count > 1 ? String(parts[1]) : ""
        var digits = intPart + fracPart
        var pointPosition = intPart.count + exponent
        let leadingZeros = digits.prefix(while: { $0 == "0" }).count
        digits.removeFirst(leadingZeros)
        pointPosition -= leadingZeros
        while digits.hasSuffix("0") { digits.removeLast() }
        if digits.isEmpty { return "0" }
        let exp = pointPosition - 1
        let sign = d < 0 ? "-" : ""
        if exp < -4 || exp >= 6 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let e = abs(exp)
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
        }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return sign + digits + String(repeating: "0", count: pointPosition - digits.count)
        }
        let i = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<i] + "." + digits[i...]
    }
}
