/// Go's `*strconv.NumError`: which function failed, on what text, and why.
///
/// Its description is Go's wording (`strconv.ParseInt: parsing "x": invalid syntax`),
/// because templates show it in `error calling ...` messages.
public struct StrconvError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Why parsing failed.
    public enum Reason: Equatable, Sendable {
        /// `strconv.ErrSyntax`: the text is not a number of the expected form.
        case syntax
        /// `strconv.ErrRange`: the number does not fit the bit size.
        case range
        /// A base outside 0 and 2...36.
        case invalidBase(Int)
        /// A bit size outside 0...64.
        case invalidBitSize(Int)
    }

    /// The Go function name: `ParseInt`, `ParseUint`, `ParseFloat`, `Atoi`.
    public var function: String
    /// The text that was parsed.
    public var input: String
    public var reason: Reason

    public init(function: String, input: String, reason: Reason) {
        self.function = function
        self.input = input
        self.reason = reason
    }

    public var description: String {
        let why: String
        switch reason {
        case .syntax: why = "invalid syntax"
        case .range: why = "value out of range"
        case .invalidBase(let base): why = "invalid base \(base)"
        case .invalidBitSize(let size): why = "invalid bit size \(size)"
        }
        return "strconv.\(function): parsing \(Strconv.quote(input)): \(why)"
    }
}
