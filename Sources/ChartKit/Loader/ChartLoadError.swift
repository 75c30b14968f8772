/// A chart that cannot be loaded, worded as Helm words it.
public enum ChartLoadError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Helm's `ValidationError`: printed with a `validation: ` prefix.
    case validation(String)
    /// Any other loading failure, printed as is.
    case message(String)

    public var description: String {
        switch self {
        case .validation(let m): return "validation: \(m)"
        case .message(let m): return m
        }
    }

    /// The same failure with `prefix` in front, as Go's `fmt.Errorf("...: %w")` wrapping.
    func wrapped(_ prefix: String) -> ChartLoadError { .message(prefix + description) }
}
