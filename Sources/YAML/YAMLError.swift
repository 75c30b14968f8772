/// A YAML or JSON failure, worded as Helm words it.
///
/// `message` is the whole text Helm prints after its own prefix (for a values file
/// Helm adds `cannot load values.yaml: `); `line` and `column` are 1-based when known.
public struct YAMLError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public var line: Int?
    public var column: Int?
    public init(message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message; self.line = line; self.column = column
    }
    public var description: String { message }
}
