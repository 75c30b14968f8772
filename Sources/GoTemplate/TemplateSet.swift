import GoValue

/// What a template does with a map key that is not there (Go's `missingkey` option).
public enum MissingKey: Sendable {
    /// Go's default: the value is invalid and prints `<no value>`.
    case invalid
    /// The zero value of the map's element type (Helm's choice).
    case zero
    /// Execution stops with an error (Helm's strict mode).
    case error
}
