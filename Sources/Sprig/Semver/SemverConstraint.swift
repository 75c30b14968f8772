/// A version constraint in Masterminds/semver v3's language (`>=1.21-0`, `^1.2 || ~2.0`,
/// `1.2 - 1.4`, `1.x`), used by `semverCompare` and by Helm's `kubeVersion` checks.
///
/// A group of AND-ed terms admits pre-release versions only when one of its terms names a
/// pre-release: that is why charts write `>=1.21-0` to accept `v1.23.4-gke.100`.
public struct SemverConstraint: Sendable, CustomStringConvertible {
    /// The OR-ed groups of AND-ed terms.
    var groups: [[Term]]
    /// Whether each group mentions a pre-release, which lets pre-release versions through.
    var groupAdmitsPrerelease: [Bool]
    /// Admits pre-release versions in every group (the library's `IncludePrerelease`).
    public var includePrerelease = false

    /// One comparison such as `>=1.2.x`.
    struct Term: Sendable {
        /// The operator as written (`""`, `=`, `!=`, `>`, `<`, `>=`, `=>`, `<=`, `=<`, `~`, `~>`, `^`).
        var op: String
        /// The version text as written, used in `description`.
        var written: String
        /// The version with wildcards replaced by zeros.
        var version: SemanticVersion
        /// Some part was a wildcard or missing (`1.2`, `1.x`, `*`).
        var dirty: Bool
        var minorDirty: Bool
        var patchDirty: Bool
    }

    /// Whether `version` satisfies any OR-group.
    public func isSatisfied(by version: SemanticVersion) -> Bool {
        for (i, group) in groups.enumerated() {
            let pre = includePrerelease || groupAdmitsPrerelease[i]
            if group.allSatisfy({ $0.check(version, includePrerelease: pre) }) { return true }
        }
        return false
    }

    /// The library's `String()`: terms joined by spaces, groups by ` || `.
    public var description: String {
        groups.map { $0.map { $0.op + $0.written }.joined(separator: " ") }.joined(separator: " || ")
    }
}

extension SemverConstraint.Term {
    func check(_ v: SemanticVersion, includePrerelease: Bool) -> Bool {
        if !v.prerelease.isEmpty && !includePrerelease { return false }
        let c = version
        switch op {
        case "", "=":
            return dirty ? tilde(v) : v.compare(c) == 0
        case "!=":
            if dirty {
                if c.major != v.major { return true }
                if c.minor != v.minor && !minorDirty { return true }
                if minorDirty { return false }
                if c.patch != v.patch && !patchDirty { return true }
                if patchDirty {
                    if !v.prerelease.isEmpty || !c.prerelease.isEmpty {
                        return SemanticVersion.comparePrerelease(v.prerelease, c.prerelease) != 0
                    }
                    return false
                }
            }
            return v.compare(c) != 0
        case ">":
            if !dirty { return v.compare(c) == 1 }
            if v.major > c.major { return true }
            if v.major < c.major { return false }
            if minorDirty { return false }
            if patchDirty { return v.minor > c.minor }
            return v.compare(c) == 1
        case "<":
            return v.compare(c) < 0
        case ">=", "=>":
            return v.compare(c) >= 0
        case "<=", "=<":
            if !dirty { return v.compare(c) <= 0 }
            if v.major > c.major { return false }
            if v.major == c.major && v.minor > c.minor && !minorDirty { return false }
            return true
        case "~", "~>":
            return tilde(v)
        case "^":
            return caret(v)
        default:
            return false
        }
    }

    private func tilde(_ v: SemanticVersion) -> Bool {
        let c = version
        if v.compare(c) < 0 { return false }
        // ~0.0.0 accepts everything, like >=0.0.0.
        if c.major == 0 && c.minor == 0 && c.patch == 0 && !minorDirty && !patchDirty { return true }
        if v.major != c.major { return false }
        if v.minor != c.minor && !minorDirty { return false }
        return true
    }

    private func caret(_ v: SemanticVersion) -> Bool {
        let c = version
        if v.compare(c) < 0 { return false }
        if c.major > 0 || minorDirty { return v.major == c.major }
        if v.major > 0 { return false }
        if c.minor > 0 || patchDirty { return v.minor == c.minor }
        if v.minor > 0 { return false }
        return c.patch == v.patch
    }
}
