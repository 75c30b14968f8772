/// The rules of a chart's `.helmignore`, applied as Helm applies them.
///
/// Quirks kept on purpose because charts depend on them: a pattern without `/`
/// matches the base name at any depth, a `!pattern` ignores everything that
/// does not match it, and `**` is rejected.
public struct HelmIgnore: Sendable {
    /// One parsed line.
    struct Rule: Sendable {
        enum Scope: Sendable {
            /// `/x`: matched against the whole path.
            case rooted
            /// `a/b*`: matched against the whole path.
            case path
            /// `*.log`: matched against the base name.
            case baseName
        }
        var pattern: GoPathPattern
        var scope: Scope
        var negate: Bool
        var mustBeDirectory: Bool
    }

    private(set) var rules: [Rule] = []

    /// No rules at all.
    public init() {}

    /// Parses `.helmignore` text (a leading UTF-8 BOM is dropped).
    public init(text: String) throws(ChartLoadError) {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // bufio.Scanner splits on "\n" and drops one trailing "\r".
        for var line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix("\r") { line = line.dropLast() }
            try add(String(line))
        }
    }

    /// Adds the rule Helm always adds: hidden files under `templates/` are ignored.
    public mutating func addDefaults() {
        try? add("templates/.?*")
    }

    mutating func add(_ raw: String) throws(ChartLoadError) {
        var rule = raw.trimmingGoSpace()
        if rule.isEmpty || rule.hasPrefix("#") { return }
        if rule.contains("**") { throw ChartLoadError.message("double-star (**) syntax is not supported") }
        do { _ = try GoPathPattern(rule).matches("abc") } catch { throw ChartLoadError.message("syntax error in pattern") }
        var negate = false
        var mustDir = false
        if rule.hasPrefix("!") { negate = true; rule.removeFirst() }
        if rule.hasSuffix("/") { mustDir = true; rule.removeLast() }
        let scope: Rule.Scope
        if rule.hasPrefix("/") {
            rule.removeFirst()
            scope = .rooted
        } else if rule.contains("/") {
            scope = .path
        } else {
            scope = .baseName
        }
        rules.append(Rule(pattern: GoPathPattern(rule), scope: scope, negate: negate, mustBeDirectory: mustDir))
    }

    /// Whether the file or directory at the slash-separated chart-relative `path` is ignored.
    public func ignores(_ path: String, isDirectory: Bool) -> Bool {
        if path.isEmpty || path == "." || path == "./" { return false }
        for rule in rules {
            if rule.negate {
                if rule.mustBeDirectory && !isDirectory { return true }
                if !rule.matches(path) { return true }
                continue
            }
            if rule.mustBeDirectory && !isDirectory { continue }
            if rule.matches(path) { return true }
        }
        return false
    }
}

extension HelmIgnore.Rule {
    func matches(_ path: String) -> Bool {
        let subject: String
        switch scope {
        case .rooted, .path: subject = path
        case .baseName: subject = goBaseName(path)
        }
        return (try? pattern.matches(subject)) ?? false
    }
}
