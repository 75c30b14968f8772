/// A rendered file that Helm refuses, worded as Helm words it.
public struct ManifestError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
