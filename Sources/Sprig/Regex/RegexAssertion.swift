/// The empty-width assertions of Go's syntax.
enum RegexAssertion: Sendable {
    /// `^` with `(?m)`.
    case beginLine
    /// `$` with `(?m)`.
    case endLine
    /// `\A`, or `^` without `(?m)`.
    case beginText
    /// `\z`, or `$` without `(?m)`.
    case endText
    case wordBoundary
    case noWordBoundary
}
