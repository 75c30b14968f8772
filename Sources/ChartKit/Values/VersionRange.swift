/// Enough of Masterminds/semver's constraints for Helm's `IsCompatibleRange`, which
/// decides whether a subchart in `charts/` is the one a Chart.yaml dependency names.
enum VersionRange {
    struct Version: Comparable {
        var major: UInt64, minor: UInt64, patch: UInt64
        var prerelease: String

        static func < (a: Version, b: Version) -> Bool {
            if (a.major, a.minor, a.patch) != (b.major, b.minor, b.patch) {
                return (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
            }
            if a.prerelease == b.prerelease { return false }
            if a.prerelease.isEmpty { return false }
            if b.prerelease.isEmpty { return true }
            return comparePrerelease(a.prerelease, b.prerelease) < 0
        }

        static func comparePrerelease(_ a: String, _ b: String) -> Int {
            let pa = a.split(separator: "."), pb = b.split(separator: ".")
            for (x, y) in zip(pa, pb) where x != y {
                switch (UInt64(x), UInt64(y)) {
                case let (i?, j?): return i < j ? -1 : 1
                case (_?, nil): return -1
                case (nil, _?): return 1
                default: return x < y ? -1 : 1
                }
            }
            return pa.count == pb.count ? 0 : (pa.count < pb.count ? -1 : 1)
        }
    }

    /// A version as Masterminds' lenient `NewVersion` reads it (`v1`, `1.2`, `1.2.3-rc.1+build`).
    static func parseVersion(_ s: String) -> Version? {
        var text = Substring(s)
        if text.hasPrefix("v") { text = text.dropFirst() }
        if let plus = text.firstIndex(of: "+") { text = text[..<plus] }
        var prerelease = ""
        if let dash = text.firstIndex(of: "-") {
            prerelease = String(text[text.index(after: dash)...])
            text = text[..<dash]
            if prerelease.isEmpty { return nil }
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [UInt64] = []
        for p in parts {
            guard !p.isEmpty, p.allSatisfy(\.isNumber), let n = UInt64(p) else { return nil }
            numbers.append(n)
        }
        while numbers.count < 3 { numbers.append(0) }
        return Version(major: numbers[0], minor: numbers[1], patch: numbers[2], prerelease: prerelease)
    }

    /// Whether `version` satisfies `constraint`; false when either does not parse.
    static func isCompatible(_ constraint: String, _ version: String) -> Bool {
        guard let v = parseVersion(version) else { return false }
        let alternatives = constraint.components(separatedBy: "||")
        var sawValid = false
        for alt in alternatives {
            guard let group = parseGroup(alt) else { return false }
            sawValid = true
            let allowsPrerelease = group.contains { !$0.bound.prerelease.isEmpty }
            if !v.prerelease.isEmpty && !allowsPrerelease { continue }
            if group.allSatisfy({ $0.check(v) }) { return true }
        }
        return sawValid && false
    }

    struct Constraint {
        var op: String
        var bound: Version
        /// How many of major/minor/patch were written (wildcards and missing parts count as unwritten).
        var written: Int

        func check(_ v: Version) -> Bool {
            switch op {
            case "", "=":
                if written == 0 { return true }
                if written < 3 {
                    if v.major != bound.major { return false }
                    if written == 2 && v.minor != bound.minor { return false }
                    return true
                }
                return v == bound
            case "!=":
                if written < 3 {
                    if written == 0 { return false }
                    if v.major != bound.major { return true }
                    return written == 2 ? v.minor != bound.minor : false
                }
                return v != bound
            case ">":
                if written == 0 { return false }
                if written == 1 { return v.major > bound.major }
                if written == 2 { return (v.major, v.minor) > (bound.major, bound.minor) }
                return v > bound
            case ">=", "=>": return v >= bound
            case "<":
                return v < bound
            case "<=", "=<":
                if written == 1 { return v.major <= bound.major }
                if written == 2 { return (v.major, v.minor) <= (bound.major, bound.minor) }
                return v <= bound
            case "~", "~>":
                if v < bound { return false }
                if written <= 1 && written > 0 { return v.major == bound.major }
                if written == 0 { return true }
                return v.major == bound.major && v.minor == bound.minor
            case "^":
                if v < bound { return false }
                if bound.major > 0 || written == 1 { return v.major == bound.major }
                if bound.minor > 0 || written == 2 { return v.major == 0 && v.minor == bound.minor }
                return v.major == 0 && v.minor == 0 && v.patch == bound.patch
            default:
                return false
            }
        }
    }

    /// One `,`- or space-separated group; hyphen ranges (`1.2 - 1.4`) become `>= <=`.
    static func parseGroup(_ s: String) -> [Constraint]? {
        var tokens = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        var result: [Constraint] = []
        // Join an operator written apart from its version (`>= 1.2`).
        var i = 0
        while i < tokens.count {
            if tokens[i] == "-" && !result.isEmpty && i + 1 < tokens.count {
                // hyphen range: previous constraint becomes >=, next is <=
                result[result.count - 1].op = ">="
                guard let upper = parseConstraint("<=" + tokens[i + 1]) else { return nil }
                result.append(upper)
                i += 2
                continue
            }
            if ["=", "!=", ">", "<", ">=", "<=", "=>", "=<", "~", "~>", "^"].contains(tokens[i]), i + 1 < tokens.count {
                tokens[i + 1] = tokens[i] + tokens[i + 1]
                i += 1
                continue
            }
            guard let c = parseConstraint(tokens[i]) else { return nil }
            result.append(c)
            i += 1
        }
        return result.isEmpty ? nil : result
    }

    static func parseConstraint(_ s: String) -> Constraint? {
        var text = Substring(s)
        var op = ""
        for candidate in [">=", "<=", "=>", "=<", "!=", "~>", "=", ">", "<", "~", "^"] where text.hasPrefix(candidate) {
            op = candidate
            text = text.dropFirst(candidate.count)
            break
        }
        if text.hasPrefix("v") { text = text.dropFirst() }
        var pre = ""
        if let plus = text.firstIndex(of: "+") { text = text[..<plus] }
        if let dash = text.firstIndex(of: "-") { pre = String(text[text.index(after: dash)...]); text = text[..<dash] }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [UInt64] = []
        var written = 0
        var wildcard = false
        for p in parts {
            if p == "x" || p == "X" || p == "*" { wildcard = true; numbers.append(0); continue }
            guard !wildcard, !p.isEmpty, p.allSatisfy(\.isNumber), let n = UInt64(p) else { return nil }
            numbers.append(n)
            written += 1
        }
        while numbers.count < 3 { numbers.append(0) }
        var bound = Version(major: numbers[0], minor: numbers[1], patch: numbers[2], prerelease: pre)
        // A partial upper bound like `<1.2` means `<1.2.0`; `>1.2` means above every 1.2.x (handled in check).
        if op == "<" && written < 3 && written > 0 { bound.prerelease = "" }
        return Constraint(op: op, bound: bound, written: written)
    }
}
