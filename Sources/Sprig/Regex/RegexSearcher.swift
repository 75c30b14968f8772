/// A way to find the next match in a text.
protocol RegexSearcher {
    /// The first match starting at or after `from`: capture slots (-1 when unset), or nil.
    mutating func search(from: Int) -> [Int]?
}
