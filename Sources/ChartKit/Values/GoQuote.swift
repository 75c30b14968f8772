import GoValue

/// Go's `%q` of a string (`strconv.Quote`), for error texts that quote user input.
func goQuote(_ s: String) -> String {
    Strconv.quote(s)
}

/// Go's `%q` of a `[]rune`: each rune as a quoted character literal, in brackets.
func goQuoteRunes(_ s: String) -> String {
    "[" + s.unicodeScalars.map { Strconv.quoteRune(Int64($0.value)) }.joined(separator: " ") + "]"
}
