/// A bracketed or escaped character class (`[a-z\d]`, `\pL`, `[[:^alpha:]]`).
///
/// Go expands classes into sorted rune ranges; Unicode tables are not in Swift's standard
/// library as ranges, so items here are tested one by one instead, with case folding applied
/// per item before the class's own negation — the order Go's parser folds and negates in.
struct RegexCharClass: Sendable {
    var items: [Item] = []
    /// `[^...]`.
    var negated = false

    struct Item: Sendable {
        var set: CodePointSet
        /// Set for `\P`, `\D`, `[:^alpha:]`: the item matches what the set does not.
        var negated: Bool
        /// Under `(?i)`: a code point matches when any case variant of it is in the set.
        var fold: Bool

        func matches(_ c: UInt32) -> Bool {
            let inSet = fold ? CaseFolding.orbit(of: c).contains(where: set.contains) : set.contains(c)
            return inSet != negated
        }
    }

    func matches(_ c: UInt32) -> Bool {
        items.contains { $0.matches(c) } != negated
    }
}
