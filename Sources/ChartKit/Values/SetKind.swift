/// Which `--set` flag a line came from: it decides how the text after `=` becomes a value.
public enum SetKind: Sendable {
    /// `--set`: bools, null and base-10 int64 are typed, everything else is a string.
    case typed
    /// `--set-string`: every value is a string.
    case string
    /// `--set-json`: every value is a JSON document (numbers become float64).
    case json
    /// `--set-file`: every value names a file whose contents become the string value.
    case file(@Sendable (String) throws -> [UInt8])
    /// `--set-literal`: the whole rest of the line after the first `=` is one string.
    case literal

    /// The flag name Helm quotes in its error messages.
    public var flagName: String {
        switch self {
        case .typed: return "--set"
        case .string: return "--set-string"
        case .json: return "--set-json"
        case .file: return "--set-file"
        case .literal: return "--set-literal"
        }
    }
}
