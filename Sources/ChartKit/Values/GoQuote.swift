/// Go's `strconv.Quote` (`%q` of a string), for error texts that quote user input.
func goQuote(_ s: String) -> String {
    var out = "\""
    for r in s.unicodeScalars { out += goEscape(r, quote: "\"") }
    return out + "\""
}

/// Go's `%q` of a `[]rune`: each rune as a quoted character literal, in brackets.
func goQuoteRunes(_ s: String) -> String {
    "[" + s.unicodeScalars.map { "'" + goEscape($0, quote: "'") + "'" }.joined(separator: " ") + "]"
}

private func goEscape(_ r: Unicode.Scalar, quote: Unicode.Scalar) -> String {
    switch r {
    case quote, "\\": return "\\" + String(r)
    case "\u{7}": return "\\a"
    case "\u{8}": return "\\b"
    case "\u{c}": return "\\f"
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    case "\u{b}": return "\\v"
    default: break
    }
    if isGoPrintable(r) { return String(r) }
    let hex = String(r.value, radix: 16)
    if r.value < 0x80 { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
    if r.value < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
    return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
}

/// `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
private func isGoPrintable(_ r: Unicode.Scalar) -> Bool {
    if r == " " { return true }
    switch r.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
         .nonspacingMark, .spacingMark, .enclosingMark,
         .decimalNumber, .letterNumber, .otherNumber,
         .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
         .initialPunctuation, .finalPunctuation, .otherPunctuation,
         .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
        return true
    default:
        return false
    }
}
