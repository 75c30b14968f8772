extension RegexAssertion {
    static func isWordChar(_ c: UInt32) -> Bool {
        (0x30...0x39).contains(c) || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || c == 0x5F
    }

    /// Whether the assertion holds between `text[pos-1]` and `text[pos]`.
    static func holds(_ a: RegexAssertion, in text: [UInt32], at pos: Int) -> Bool {
        switch a {
        case .beginText: return pos == 0
        case .endText: return pos == text.count
        case .beginLine: return pos == 0 || text[pos - 1] == 0x0A
        case .endLine: return pos == text.count || text[pos] == 0x0A
        case .wordBoundary, .noWordBoundary:
            let before = pos > 0 && isWordChar(text[pos - 1])
            let after = pos < text.count && isWordChar(text[pos])
            return (before != after) == (a == .wordBoundary)
        }
    }
}
