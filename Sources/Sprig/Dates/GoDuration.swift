/// Go's `time.Duration` text forms: `String()` (`1h2m3.5s`, `1.5µs`) and `ParseDuration`.
public enum GoDuration {
    /// One second in nanoseconds (`time.Second`).
    public static let second: Int64 = 1_000_000_000

    /// `Duration.String()`.
    public static func format(_ d: Int64) -> String {
        var u = d.magnitude
        let neg = d < 0
        var out: String
        if u < UInt64(second) {
            if u == 0 { return "0s" }
            let prec: Int
            let unit: String
            if u < 1_000 { prec = 0; unit = "ns" } else if u < 1_000_000 { prec = 3; unit = "µs" } else { prec = 6; unit = "ms" }
            let (frac, rest) = fraction(u, prec)
            out = String(rest) + frac + unit
        } else {
            let (frac, secs) = fraction(u, 9)
            u = secs
            out = String(u % 60) + frac + "s"
            u /= 60
            if u > 0 {
                out = String(u % 60) + "m" + out
                u /= 60
                if u > 0 { out = String(u) + "h" + out }
            }
        }
        return neg ? "-" + out : out
    }

    /// The fraction of `v / 10^prec` without trailing zeros (empty when zero), and the quotient.
    private static func fraction(_ v: UInt64, _ prec: Int) -> (String, UInt64) {
        var v = v
        var digits: [Character] = []
        var printing = false
        for _ in 0..<prec {
            let digit = v % 10
            printing = printing || digit != 0
            if printing { digits.append(Character(String(digit))) }
            v /= 10
        }
        return (digits.isEmpty ? "" : "." + String(digits.reversed()), v)
    }

    /// Why a duration did not parse; Go's wording.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        /// Go's message.
        public var description: String
    }

    private static let units: [String: UInt64] = [
        "ns": 1, "us": 1_000, "µs": 1_000, "μs": 1_000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]

    /// `time.ParseDuration`.
    public static func parse(_ orig: String) throws(ParseError) -> Int64 {
        let invalid = ParseError(description: "time: invalid duration " + quote(orig))
        var s = Array(orig.utf8)[...]
        var neg = false
        if let c = s.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
            neg = c == UInt8(ascii: "-")
            s = s.dropFirst()
        }
        if s.elementsEqual("0".utf8) { return 0 }
        if s.isEmpty { throw invalid }
        let limit: UInt64 = 1 << 63
        var d: UInt64 = 0
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        while let first = s.first {
            guard first == UInt8(ascii: ".") || isDigit(first) else { throw invalid }
            var v: UInt64 = 0
            var pre = false
            while let c = s.first, isDigit(c) {
                if v > limit / 10 { throw invalid }
                v = v * 10 + UInt64(c - 0x30)
                if v > limit { throw invalid }
                s = s.dropFirst()
                pre = true
            }
            var f: UInt64 = 0
            var scale: Double = 1
            var post = false
            if s.first == UInt8(ascii: ".") {
                s = s.dropFirst()
                var overflow = false
                while let c = s.first, isDigit(c) {
                    s = s.dropFirst()
                    post = true
                    if overflow { continue }
                    if f > (limit - 1) / 10 { overflow = true; continue }
                    let y = f * 10 + UInt64(c - 0x30)
                    if y > limit { overflow = true; continue }
                    f = y
                    scale *= 10
                }
            }
            if !pre && !post { throw invalid }
            var unitEnd = s.startIndex
            while unitEnd < s.endIndex && s[unitEnd] != UInt8(ascii: ".") && !isDigit(s[unitEnd]) { unitEnd += 1 }
            if unitEnd == s.startIndex { throw ParseError(description: "time: missing unit in duration " + quote(orig)) }
            let unitText = String(decoding: s[s.startIndex..<unitEnd], as: UTF8.self)
            s = s[unitEnd...]
            guard let unit = units[unitText] else {
                throw ParseError(description: "time: unknown unit " + quote(unitText) + " in duration " + quote(orig))
            }
            if v > limit / unit { throw invalid }
            v *= unit
            if f > 0 {
                v += UInt64(Double(f) * (Double(unit) / scale))
                if v > limit { throw invalid }
            }
            d += v
            if d > limit { throw invalid }
        }
        if neg { return d == limit ? Int64.min : -Int64(d) }
        if d > limit - 1 { throw invalid }
        return Int64(d)
    }

    /// Go's `time.quote`: double quotes, `\"` and `\\` escaped, other non-ASCII or control
    /// bytes as `\xNN`.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            if u.value >= 0x80 || u.value < 0x20 {
                for byte in String(u).utf8 { out += "\\x" + String(format2hex(byte)) }
            } else {
                if u == "\"" || u == "\\" { out += "\\" }
                out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    private static func format2hex(_ b: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    /// `Duration.Round(m)` for a positive `m`, halves away from zero.
    static func round(_ d: Int64, to m: Int64) -> Int64 {
        guard m > 0 else { return d }
        var r = d % m
        if d < 0 {
            r = -r
            if UInt64(r) &+ UInt64(r) < UInt64(m) { return d + r }
            let d1 = d &- m &+ r
            return d1 < d ? d1 : Int64.min
        }
        if UInt64(r) &+ UInt64(r) < UInt64(m) { return d - r }
        let d1 = d &+ m &- r
        return d1 > d ? d1 : Int64.max
    }
}
