/// A YAML or JSON failure, worded as Helm words it.
///
/// `message` is the whole text Helm prints after its own prefix (for a values file
/// Helm adds `cannot load values.yaml: `); `line` and `column` are 1-based when known.
public struct YAMLError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Helm's text for the failure (without the file prefix Helm adds).
    public var message: String
    /// 1-based line of a YAML syntax error, when the parser reported one.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// Wraps a message already worded as Helm words it.
    public init(message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message; self.line = line; self.column = column
    }
    /// The message, so `"\(error)"` prints what Helm prints.
    public var description: String { message }
}
