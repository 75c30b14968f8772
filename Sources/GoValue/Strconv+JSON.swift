extension Strconv {
    /// A float as Go's `encoding/json` writes it (`toJson`, and the JSON step inside
    /// `toYaml`): shortest digits in plain notation for 1e-6 <= |x| < 1e21, otherwise
    /// exponent notation with a negative exponent's leading zero dropped (`1e-7`, `1e+21`).
    /// Nil for NaN and infinities, which JSON cannot hold (Go reports an error).
    public static func formatJSONFloat(_ value: Double, bitSize: Int = 64) -> String? {
        guard value.isFinite else { return nil }
        let magnitude = abs(value)
        var format: Character = "f"
        if magnitude != 0 {
            let small: Bool, large: Bool
            if bitSize == 32 {
                small = Float(magnitude) < 1e-6
                large = Float(magnitude) >= 1e21
            } else {
                small = magnitude < 1e-6
                large = magnitude >= 1e21
            }
            if small || large { format = "e" }
        }
        var text = Array(formatFloat(value, format: format, precision: -1, bitSize: bitSize).utf8)
        let n = text.count
        if format == "e" && n >= 4 && text[n - 4] == UInt8(ascii: "e") && text[n - 3] == UInt8(ascii: "-")
            && text[n - 2] == UInt8(ascii: "0") {
            text[n - 2] = text[n - 1]
            text.removeLast()
        }
        return String(decoding: text, as: UTF8.self)
    }
}
