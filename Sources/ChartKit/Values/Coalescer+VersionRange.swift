import Sprig

extension Coalescer {
    /// Helm's `IsCompatibleRange`: whether the subchart in `charts/` is the version a
    /// Chart.yaml dependency asks for; false when either side does not parse.
    static func isCompatibleRange(_ constraint: String, _ version: String) -> Bool {
        guard let range = try? SemverConstraint(parsing: constraint),
              let parsed = try? SemanticVersion(parsing: version) else { return false }
        return range.isSatisfied(by: parsed)
    }
}
