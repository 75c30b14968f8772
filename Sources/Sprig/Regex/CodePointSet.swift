/// A set of code points: ranges or a Unicode general-category test.
enum CodePointSet: Sendable {
    case ranges([ClosedRange<UInt32>])
    case categories(Set<Unicode.GeneralCategory>)
    /// Unicode's assigned code points (Go's inverted `Cn`).
    case unassigned

    func contains(_ c: UInt32) -> Bool {
        switch self {
        case .ranges(let rs): return rs.contains { $0.contains(c) }
        case .categories(let cats):
            guard let s = Unicode.Scalar(c) else { return cats.contains(.surrogate) && (0xD800...0xDFFF).contains(c) }
            return cats.contains(s.properties.generalCategory)
        case .unassigned:
            guard let s = Unicode.Scalar(c) else { return false }
            return s.properties.generalCategory == .unassigned
        }
    }
}
