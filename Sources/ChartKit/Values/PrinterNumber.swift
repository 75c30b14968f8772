import GoValue

/// Numbers as the validator's English `message.Printer` prints them: integers with
/// thousands separators, floats as `%v` would but with `×10ⁿ` exponents.
enum PrinterNumber {
    static func int(_ i: Int) -> String {
        let digits = String(i.magnitude)
        return (i < 0 ? "-" : "") + group(digits)
    }

    static func float(_ d: Double) -> String {
        let text = Strconv.formatFloat(d, format: "g", precision: -1, bitSize: 64)
        if let e = text.firstIndex(of: "e") {
            let mantissa = text[..<e]
            var exponent = text[text.index(after: e)...]
            var sign = ""
            if exponent.hasPrefix("-") { sign = "⁻" }
            if exponent.hasPrefix("-") || exponent.hasPrefix("+") { exponent = exponent.dropFirst() }
            return mantissa + "×10" + sign + superscript(String(exponent))
        }
        var body = Substring(text)
        var sign = ""
        if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
        if let dot = body.firstIndex(of: ".") {
            return sign + group(String(body[..<dot])) + body[dot...]
        }
        return sign + group(String(body))
    }

    private static func group(_ digits: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    private static func superscript(_ digits: String) -> String {
        let map: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
                                           "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"]
        return String(digits.map { map[$0] ?? $0 })
    }
}
