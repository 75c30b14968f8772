/// Go's `strconv` package as templates and Sprig observe it: number formatting and
/// parsing with Go's syntax, and Go string quoting.
///
/// The output must match Go byte for byte, because `%v`, `quote`, `toString` and
/// error messages all show it.
public enum Strconv {
    /// `strconv.FormatInt(value, base)`: lower-case digits, a leading `-` for negatives.
    public static func formatInt(_ value: Int64, base: Int = 10) -> String {
        if value < 0 {
            return "-" + formatUint(value.magnitude, base: base)
        }
        return formatUint(UInt64(value), base: base)
    }

    /// `strconv.FormatUint(value, base)` for bases 2 through 36.
    public static func formatUint(_ value: UInt64, base: Int = 10) -> String {
        precondition((2...36).contains(base), "strconv: illegal base")
        return String(decoding: appendUint([], value, base: UInt64(base), digits: lowerDigits), as: UTF8.self)
    }

    static let lowerDigits: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
    static let upperDigits: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    /// Appends the digits of `value` in `base`.
    static func appendUint(_ out: [UInt8], _ value: UInt64, base: UInt64, digits: [UInt8]) -> [UInt8] {
        var out = out
        if value == 0 {
            out.append(UInt8(ascii: "0"))
            return out
        }
        var reversed: [UInt8] = []
        var rest = value
        while rest > 0 {
            reversed.append(digits[Int(rest % base)])
            rest /= base
        }
        out.append(contentsOf: reversed.reversed())
        return out
    }
}
