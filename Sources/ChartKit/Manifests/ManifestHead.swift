/// The few fields Helm reads from each document (`SimpleHead`).
public struct ManifestHead: Sendable, Equatable {
    public var apiVersion = ""
    public var kind = ""
    public var name = ""
    /// nil when the document has no `metadata`.
    public var hasMetadata = false
    public var annotations: [String: String] = [:]
}
