/// A release's identity across revisions.
public struct ReleaseKey: Sendable, Hashable {
    public var namespace: String
    public var name: String
    public init(namespace: String, name: String) { self.namespace = namespace; self.name = name }
}
