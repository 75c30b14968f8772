/// One rendered document that is not a hook, with the file it came from.
public struct Manifest: Sendable, Equatable {
    /// The template path (`chart/templates/x.yaml`), printed in `# Source:`.
    public var path: String
    /// The document, whitespace-trimmed.
    public var content: String
    public var head: ManifestHead
}

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

/// The few fields Helm reads from each document (`SimpleHead`).
public struct ManifestHead: Sendable, Equatable {
    public var apiVersion = ""
    public var kind = ""
    public var name = ""
    /// nil when the document has no `metadata`.
    public var hasMetadata = false
    public var annotations: [String: String] = [:]
}
