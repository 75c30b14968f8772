import YAML

/// One rendered document that is not a hook, with the file it came from.
public struct Manifest: Sendable, Equatable {
    /// The template path (`chart/templates/x.yaml`), printed in `# Source:`.
    public var path: String
    /// The document, whitespace-trimmed.
    public var content: String
    /// Helm's `SimpleHead` of the document: kind for ordering, metadata for hooks.
    public var head: SimpleHead
}
