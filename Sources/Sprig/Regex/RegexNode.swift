/// The parsed form of a Go regular expression, before compilation.
indirect enum RegexNode: Sendable {
    case empty
    /// One code point; with `fold`, any case variant of it.
    case literal(UInt32, fold: Bool)
    case charClass(RegexCharClass)
    /// `.` with `(?s)`.
    case anyChar
    /// `.` without `(?s)`.
    case anyCharNotNL
    case assertion(RegexAssertion)
    /// Capture group `index` (1-based), optionally named.
    case capture(Int, name: String?, RegexNode)
    case concat([RegexNode])
    case alternate([RegexNode])
    /// `max` of -1 means unbounded. `counted` marks `{n,m}` (which Go limits), not `* + ?`.
    case repeatition(RegexNode, min: Int, max: Int, greedy: Bool, counted: Bool)

    /// Whether the node can match the empty string; loops over such nodes compile differently.
    var isNullable: Bool {
        switch self {
        case .empty, .assertion: return true
        case .literal, .charClass, .anyChar, .anyCharNotNL: return false
        case .capture(_, _, let sub): return sub.isNullable
        case .concat(let subs): return subs.allSatisfy(\.isNullable)
        case .alternate(let subs): return subs.contains(where: \.isNullable)
        case .repeatition(let sub, let min, _, _, _): return min == 0 || sub.isNullable
        }
    }

    /// Go's `repeatIsValid`: nested counted repetitions may not multiply beyond `limit` copies.
    func repeatIsValid(_ limit: Int) -> Bool {
        var n = limit
        switch self {
        case .repeatition(let sub, let min, let max, _, let counted):
            if counted {
                var m = max
                if m == 0 { return true }
                if m < 0 { m = min }
                if m > n { return false }
                if m > 0 { n /= m }
            }
            return sub.repeatIsValid(n)
        case .capture(_, _, let sub): return sub.repeatIsValid(n)
        case .concat(let subs), .alternate(let subs): return subs.allSatisfy { $0.repeatIsValid(n) }
        default: return true
        }
    }
}
