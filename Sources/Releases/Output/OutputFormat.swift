/// Helm's `-o` values.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table
    case json
    case yaml
}
