/// How bad a lint finding is; `--strict` fails on warnings too.
public enum LintSeverity: Int, Sendable, Comparable {
    case info = 1, warning = 2, error = 4

    public static func < (a: LintSeverity, b: LintSeverity) -> Bool { a.rawValue < b.rawValue }

    var label: String {
        switch self {
        case .info: return "INFO"
        case .warning: return "WARNING"
        case .error: return "ERROR"
        }
    }
}

/// One finding, printed as Helm prints it: `[WARNING] templates/x.yaml: message`.
public struct LintMessage: Sendable, Equatable, CustomStringConvertible {
    public var severity: LintSeverity
    /// The file or folder the finding is about (`Chart.yaml`, `templates/`, ...).
    public var path: String
    public var text: String

    public var description: String { "[\(severity.label)] \(path): \(text)" }
}

/// The findings for one chart, and whether they fail it.
public struct LintResult: Sendable {
    public var messages: [LintMessage] = []
    /// Failures that are not findings (a chart folder without Chart.yaml).
    public var errors: [String] = []
    /// Log lines the render wrote (`required`/`fail` in lint mode), for stderr.
    public var log = ""
    public var failed = false
}
