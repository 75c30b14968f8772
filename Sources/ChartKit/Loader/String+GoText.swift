/// Go's `path.Base` for slash-separated paths.
func goBaseName(_ path: String) -> String {
    if path.isEmpty { return "." }
    var p = Substring(path)
    while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
    if p == "/" { return "/" }
    if let slash = p.lastIndex(of: "/") { return String(p[p.index(after: slash)...]) }
    return String(p)
}

extension StringProtocol {
    /// Go's `strings.TrimSpace` (ASCII and Unicode white space at both ends).
    func trimmingGoSpace() -> String {
        let scalars = Array(unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi, scalars[lo].properties.isWhitespace { lo += 1 }
        while hi > lo, scalars[hi - 1].properties.isWhitespace { hi -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lo..<hi])
        return String(out)
    }
}

extension Unicode.Scalar {
    /// `[a-zA-Z0-9_-]`, the characters Helm allows in a dependency alias.
    var isAliasCharacter: Bool {
        (self >= "a" && self <= "z") || (self >= "A" && self <= "Z") || (self >= "0" && self <= "9") || self == "_" || self == "-"
    }
}

extension String {
    /// Helm's `sanitizeString`: white space becomes a space, unprintable characters go.
    func sanitizedChartText() -> String {
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s.properties.isWhitespace { out.append(" ") } else if s.isGoPrintable { out.append(s) }
        }
        return String(out)
    }
}

extension Unicode.Scalar {
    /// An approximation of Go's `unicode.IsPrint` (graphic characters and the ASCII space).
    var isGoPrintable: Bool {
        if self == " " { return true }
        switch properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}

/// Go's `path.Clean` (as `filepath.Join` applies it): no `.` parts, `..` folded, no doubled or trailing `/`.
func goCleanPath(_ path: String) -> String {
    if path.isEmpty { return "." }
    let rooted = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
        if part == "." { continue }
        if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
        if part == "..", rooted { continue }
        parts.append(part)
    }
    let joined = parts.joined(separator: "/")
    if rooted { return "/" + joined }
    return joined.isEmpty ? "." : joined
}
