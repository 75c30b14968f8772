/// An action's result: the release it produced or read, and the log lines for stderr.
public struct ActionResult: Sendable {
    public var release: Release
    public var log: [String]
}
