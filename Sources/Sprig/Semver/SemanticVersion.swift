/// A semantic version as Masterminds/semver v3 (vendored by Helm) parses and orders it.
///
/// The chart loader validates `version:` with it, and `semver`/`semverCompare` build on it.
public struct SemanticVersion: Sendable, Hashable, CustomStringConvertible {
    /// The major number (a change that breaks compatibility).
    public var major: UInt64
    /// The minor number.
    public var minor: UInt64
    /// The patch number.
    public var patch: UInt64
    /// The pre-release identifiers without the leading `-` (`beta.1`), empty when none.
    public var prerelease: String
    /// The build metadata without the leading `+`, empty when none; ignored by ordering.
    public var metadata: String
    /// The text the version was parsed from (`v1.2`), as `.Original` returns it.
    public var original: String

    /// Builds a version from parts; `original` becomes the canonical text, as `semver.New` does.
    public init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: String = "", metadata: String = "") {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.metadata = metadata
        self.original = ""
        self.original = description
    }

    /// The canonical `X.Y.Z[-pre][+meta]` text (no `v`), as Go's `String()` prints it.
    public var description: String {
        var s = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { s += "-" + prerelease }
        if !metadata.isEmpty { s += "+" + metadata }
        return s
    }

    /// Masterminds' `Compare`: -1, 0 or 1; metadata never counts, a pre-release sorts first.
    public func compare(_ other: SemanticVersion) -> Int {
        if major != other.major { return major < other.major ? -1 : 1 }
        if minor != other.minor { return minor < other.minor ? -1 : 1 }
        if patch != other.patch { return patch < other.patch ? -1 : 1 }
        switch (prerelease.isEmpty, other.prerelease.isEmpty) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false): return Self.comparePrerelease(prerelease, other.prerelease)
        }
    }

    /// Versions equal in precedence (metadata ignored), as `Equal` decides.
    public func isEquivalent(to other: SemanticVersion) -> Bool { compare(other) == 0 }

    /// Orders dot-separated pre-release identifiers the way the library does, including its
    /// quirk that a missing identifier sorts before a present one.
    static func comparePrerelease(_ a: String, _ b: String) -> Int {
        let left = a.split(separator: ".", omittingEmptySubsequences: false)
        let right = b.split(separator: ".", omittingEmptySubsequences: false)
        for i in 0..<max(left.count, right.count) {
            let l = i < left.count ? String(left[i]) : ""
            let r = i < right.count ? String(right[i]) : ""
            let d = comparePrereleasePart(l, r)
            if d != 0 { return d }
        }
        return 0
    }

    private static func comparePrereleasePart(_ s: String, _ o: String) -> Int {
        if s == o { return 0 }
        if s.isEmpty { return -1 }
        if o.isEmpty { return 1 }
        let sn = parseUInt64(Substring(s))
        let on = parseUInt64(Substring(o))
        switch (sn, on) {
        case (nil, nil): return goStringLessOrEqualIsGreater(s, o)
        case (_?, nil): return -1
        case (nil, _?): return 1
        case let (x?, y?): return x > y ? 1 : -1
        }
    }

    /// Go compares the strings bytewise; equal strings were handled earlier.
    private static func goStringLessOrEqualIsGreater(_ s: String, _ o: String) -> Int {
        Array(s.utf8).lexicographicallyPrecedes(Array(o.utf8)) ? -1 : 1
    }

    /// `strconv.ParseUint(s, 10, 64)`: plain ASCII digits that fit, or nil.
    static func parseUInt64(_ s: Substring) -> UInt64? {
        guard !s.isEmpty else { return nil }
        var value: UInt64 = 0
        for b in s.utf8 {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(UInt64(b - 0x30))
            if o1 || o2 { return nil }
            value = a
        }
        return value
    }
}

extension SemanticVersion: Comparable {
    /// Precedence order, as `LessThan` decides it.
    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool { lhs.compare(rhs) < 0 }
}
