/// A document carrying a `helm.sh/hook` annotation.
public struct Hook: Sendable, Equatable {
    public var name: String
    public var kind: String
    public var path: String
    public var manifest: String
    /// Lower-cased event names (`pre-install`, `test`...).
    public var events: [String]
    public var weight: Int
    public var deletePolicies: [String]

    /// Whether `--skip-tests` drops it.
    public var isTest: Bool { events.contains("test") }
}
