/// Why a version or constraint failed to parse; `description` is Masterminds/semver's wording,
/// which Helm prints verbatim (`error calling semver: invalid semantic version`).
public enum SemverError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidSemVer
    case emptyString
    case invalidCharacters
    case segmentStartsZero
    case invalidMetadata
    case invalidPrerelease
    /// A numeric segment does not fit in `uint64`.
    case segmentOutOfRange(String)
    /// An OR-segment of a constraint string that does not follow the grammar.
    case improperConstraint(String)
    /// A constraint whose version passed the grammar but not the version parser (`1|2`, `x1`).
    case constraintParser

    /// The library's message, which Helm prints after `error calling …:`.
    public var description: String {
        switch self {
        case .invalidSemVer: return "invalid semantic version"
        case .emptyString: return "version string empty"
        case .invalidCharacters: return "invalid characters in version"
        case .segmentStartsZero: return "version segment starts with 0"
        case .invalidMetadata: return "invalid metadata string"
        case .invalidPrerelease: return "invalid prerelease string"
        case .segmentOutOfRange(let digits):
            return "error parsing version segment: strconv.ParseUint: parsing \"\(digits)\": value out of range"
        case .improperConstraint(let text): return "improper constraint: \(text)"
        case .constraintParser: return "constraint parser error"
        }
    }
}
