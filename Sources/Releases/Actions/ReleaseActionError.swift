/// Why an action failed, in Helm's words, with the log lines printed before it.
public struct ReleaseActionError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var log: [String]
    public init(_ message: String, log: [String] = []) { self.message = message; self.log = log }
    public var description: String { message }
}
