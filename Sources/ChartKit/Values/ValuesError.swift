import GoValue

/// A failure while building values, worded as Helm words it (the text after `Error: `).
public enum ValuesError: Error, CustomStringConvertible, Sendable {
    /// A `--set`-family line that does not parse; `detail` is strvals' own message.
    case setParse(flag: String, detail: String)
    /// A `--set-json` line that does not parse (Helm does not say why).
    case setJSON(line: String, bareObject: Bool)
    /// A `-f` file that cannot be read (`detail` is the OS error as Go prints it).
    case readFile(detail: String)
    /// A `-f` file that is not a YAML map.
    case parseFile(path: String, detail: String)
    /// A subchart's section of the parent values is not a map.
    case subchartTypeMismatch(name: String, value: String)
    /// `ProcessDependencies` failed (Helm also logs it at ERROR level before failing).
    case dependencyProcessing(detail: String)
    /// values.schema.json violations, already listed chart by chart.
    case schema(listing: String)

    /// Log lines Helm v4 writes to stderr before the `Error:` line for this failure.
    public var logLines: [String] {
        if case .dependencyProcessing(let detail) = self {
            return [ValuesWarning(.error, "chart dependencies processing failed", [.init("error", detail)]).description]
        }
        return []
    }

    /// The message Helm prints after `Error: `.
    public var description: String {
        switch self {
        case .setParse(let flag, let detail):
            return "failed parsing \(flag) data: \(detail)"
        case .setJSON(let line, let bareObject):
            return bareObject ? "failed parsing --set-json data JSON: \(line)" : "failed parsing --set-json data \(line)"
        case .readFile(let detail):
            return detail
        case .parseFile(let path, let detail):
            return "failed to parse \(path): \(detail)"
        case .subchartTypeMismatch(let name, let value):
            return "type mismatch on \(name): \(value)"
        case .dependencyProcessing(let detail):
            return "chart dependencies processing failed: \(detail)"
        case .schema(let listing):
            return "values don't meet the specifications of the schema(s) in the following chart(s):\n\(listing)"
        }
    }
}
