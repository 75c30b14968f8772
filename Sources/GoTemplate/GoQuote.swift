import GoValue

/// Go's `strconv.Quote` and `%#U`, needed for parse error texts and node printing.
/// Thin names over GoValue's `Strconv`, so parse errors never depend on the fmt layer.
enum GoQuote {
    /// `strconv.Quote`: a double-quoted Go literal with Go's escapes (GoValue's exact port).
    static func quote(_ s: String) -> String { Strconv.quote(s) }

    /// `%#U`: `U+0041 'A'`, without the quoted rune when it is not printable.
    static func unicodeForm(_ scalar: UInt32) -> String {
        let base = "U+" + hex(scalar, width: 4)
        if let s = Unicode.Scalar(scalar), isPrint(s) {
            return base + " '" + String(Character(s)) + "'"
        }
        return base
    }

    static func hex(_ v: UInt32, width: Int) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Go's `unicode.IsPrint`, from Go's own tables rather than Swift's Unicode version.
    static func isPrint(_ s: Unicode.Scalar) -> Bool { Strconv.isPrint(s.value) }

    /// Go's `unicode.IsLetter`.
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        guard let s = Unicode.Scalar(v) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit`.
    static func isDigit(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.generalCategory == .decimalNumber
    }
}
