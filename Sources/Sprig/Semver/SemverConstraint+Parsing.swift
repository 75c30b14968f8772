extension SemverConstraint {
    /// Parses a constraint string the way `semver.NewConstraint` does, including its
    /// regular-expression quirks (a `|` inside a version is accepted by the grammar and then
    /// rejected as `constraint parser error`).
    public init(parsing text: String) throws(SemverError) {
        let rewritten = Self.rewriteRanges(Array(text.utf8))
        var groups: [[Term]] = []
        var admits: [Bool] = []
        for segment in Self.split(rewritten, on: Array("||".utf8)) {
            guard Self.isValidGroup(segment) else {
                throw .improperConstraint(String(decoding: segment, as: UTF8.self))
            }
            var terms: [Term] = []
            var hasPre = false
            for found in Self.findTerms(segment) {
                let term = try Self.parseTerm(found)
                if !term.version.prerelease.isEmpty { hasPre = true }
                terms.append(term)
            }
            groups.append(terms)
            admits.append(hasPre)
        }
        self.groups = groups
        self.groupAdmitsPrerelease = admits
    }

    /// Go's `\s`: space, tab, newline, form feed, carriage return (not vertical tab).
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }

    /// A wildcard-capable version number character: digits, `x`, `X`, `*`, and (a library quirk) `|`.
    static func isWildDigit(_ b: UInt8) -> Bool {
        SemanticVersion.isDigit(b) || b == UInt8(ascii: "x") || b == UInt8(ascii: "X")
            || b == UInt8(ascii: "*") || b == UInt8(ascii: "|")
    }

    /// The operators in the order the library's alternation tries them.
    static let operators: [[UInt8]] = ["=", "", "!=", ">", "<", ">=", "=>", "<=", "=<", "~", "~>", "^"].map { Array($0.utf8) }

    /// Where the pieces of one constraint version lie (the library's capture groups).
    struct VersionMatch {
        var start: Int
        var end: Int
        var major: Range<Int>
        /// The minor part with its leading dot.
        var minor: Range<Int>?
        /// The patch part with its leading dot.
        var patch: Range<Int>?
        /// The pre-release with its leading dash.
        var prerelease: Range<Int>?
    }

    static func skipSpaces(_ b: [UInt8], _ i: Int) -> Int {
        var i = i
        while i < b.count && isSpace(b[i]) { i += 1 }
        return i
    }

    /// Matches a constraint version greedily at `start`, as the library's pattern does.
    static func matchVersion(_ b: [UInt8], at start: Int) -> VersionMatch? {
        var i = start
        if i < b.count && b[i] == UInt8(ascii: "v") { i += 1 }
        let majorStart = i
        while i < b.count && isWildDigit(b[i]) { i += 1 }
        guard i > majorStart else { return nil }
        var m = VersionMatch(start: start, end: i, major: majorStart..<i)
        for slot in 0..<2 {
            guard i + 1 < b.count, b[i] == UInt8(ascii: "."), isWildDigit(b[i + 1]) else { break }
            let s = i
            i += 1
            while i < b.count && isWildDigit(b[i]) { i += 1 }
            if slot == 0 { m.minor = s..<i } else { m.patch = s..<i }
        }
        if i < b.count && b[i] == UInt8(ascii: "-"), let end = SemanticVersion.scanIdentifiers(b, from: i + 1) {
            m.prerelease = i..<end
            i = end
        }
        if i < b.count && b[i] == UInt8(ascii: "+"), let end = SemanticVersion.scanIdentifiers(b, from: i + 1) {
            i = end
        }
        m.end = i
        return m
    }

    /// Matches `(op)\s*(version)` at `start`, trying operators in the library's order.
    static func matchTerm(_ b: [UInt8], at start: Int) -> (op: Range<Int>, version: VersionMatch)? {
        for op in operators {
            guard start + op.count <= b.count, Array(b[start..<start + op.count]) == op else { continue }
            let opEnd = start + op.count
            if let v = matchVersion(b, at: skipSpaces(b, opEnd)) { return (start..<opEnd, v) }
        }
        return nil
    }

    /// `^(\s*op\s*ver\s*)((\s+|,\s*)op\s*ver\s*)*$`: terms separated by spaces or one comma.
    static func isValidGroup(_ b: [UInt8]) -> Bool {
        var i = skipSpaces(b, 0)
        guard let first = matchTerm(b, at: i) else { return false }
        i = first.version.end
        while true {
            let afterSpaces = skipSpaces(b, i)
            if afterSpaces == b.count { return true }
            var next = afterSpaces
            if b[next] == UInt8(ascii: ",") {
                next = skipSpaces(b, next + 1)
            } else if afterSpaces == i {
                return false
            }
            guard let term = matchTerm(b, at: next) else { return false }
            i = term.version.end
        }
    }

    /// Every leftmost non-overlapping `(op)\s*(version)` in the group, as `FindAllString` returns.
    static func findTerms(_ b: [UInt8]) -> [[UInt8]] {
        var found: [[UInt8]] = []
        var p = 0
        while p < b.count {
            if let m = matchTerm(b, at: p) {
                found.append(Array(b[p..<m.version.end]))
                p = m.version.end
            } else {
                p += 1
            }
        }
        return found
    }

    static func parseTerm(_ b: [UInt8]) throws(SemverError) -> Term {
        let start = skipSpaces(b, 0)
        guard let m = matchTerm(b, at: start), skipSpaces(b, m.version.end) == b.count else {
            throw .improperConstraint(String(decoding: b, as: UTF8.self))
        }
        func text(_ r: Range<Int>?) -> String { r.map { String(decoding: b[$0], as: UTF8.self) } ?? "" }
        func isWildcard(_ s: String) -> Bool { s == "x" || s == "X" || s == "*" }
        let v = m.version
        let written = text(v.start..<v.end)
        let major = text(v.major)
        let minor = text(v.minor)
        let patch = text(v.patch)
        let pre = text(v.prerelease)
        var dirty = false, minorDirty = false, patchDirty = false
        var source = written
        if isWildcard(major) {
            source = "0.0.0" + pre
            dirty = true
        } else if v.minor == nil || isWildcard(String(minor.dropFirst())) {
            minorDirty = true
            dirty = true
            source = major + ".0.0" + pre
        } else if v.patch == nil || isWildcard(String(patch.dropFirst())) {
            dirty = true
            patchDirty = true
            source = major + minor + ".0" + pre
        }
        let version: SemanticVersion
        do { version = try SemanticVersion(parsing: source) } catch { throw .constraintParser }
        return Term(op: text(m.op), written: written, version: version,
                    dirty: dirty, minorDirty: minorDirty, patchDirty: patchDirty)
    }

    /// Rewrites each `A - B` range into `>= A, <= B ` by replacing the first occurrence of the
    /// matched text, exactly as the library does (quirks included).
    static func rewriteRanges(_ b: [UInt8]) -> [UInt8] {
        var matches: [(whole: [UInt8], low: [UInt8], high: [UInt8])] = []
        var p = 0
        while p < b.count {
            if let r = matchRange(b, at: p) {
                matches.append(r.parts)
                p = r.end
            } else {
                p += 1
            }
        }
        var out = b
        for m in matches {
            let replacement = Array(">= ".utf8) + m.low + Array(", <= ".utf8) + m.high + [0x20]
            if let at = firstIndex(of: m.whole, in: out) {
                out.replaceSubrange(at..<at + m.whole.count, with: replacement)
            }
        }
        return out
    }

    /// `\s*(version)\s+-\s+(version)\s*` at `start`.
    private static func matchRange(_ b: [UInt8], at start: Int) -> (parts: (whole: [UInt8], low: [UInt8], high: [UInt8]), end: Int)? {
        guard let low = matchVersion(b, at: skipSpaces(b, start)) else { return nil }
        var i = skipSpaces(b, low.end)
        guard i > low.end, i < b.count, b[i] == UInt8(ascii: "-") else { return nil }
        let afterDash = i + 1
        i = skipSpaces(b, afterDash)
        guard i > afterDash, let high = matchVersion(b, at: i) else { return nil }
        let end = skipSpaces(b, high.end)
        return ((Array(b[start..<end]), Array(b[low.start..<low.end]), Array(b[high.start..<high.end])), end)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty ? 0 : nil }
        for i in 0...(haystack.count - needle.count) where haystack[i..<i + needle.count].elementsEqual(needle) {
            return i
        }
        return nil
    }

    /// `strings.Split`: every separator splits, keeping empty pieces.
    static func split(_ b: [UInt8], on sep: [UInt8]) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < b.count {
            if i + sep.count <= b.count && b[i..<i + sep.count].elementsEqual(sep) {
                pieces.append(current)
                current = []
                i += sep.count
            } else {
                current.append(b[i])
                i += 1
            }
        }
        pieces.append(current)
        return pieces
    }
}
