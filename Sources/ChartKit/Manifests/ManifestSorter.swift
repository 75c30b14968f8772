import GoValue
import YAML

/// Helm's `SortManifests`: splits rendered files into documents, checks each is a
/// YAML mapping, separates hooks, and orders both by kind.
public enum ManifestSorter {
    /// The hook events Helm knows (`test-success` is an old name of `test`).
    static let events: [String: String] = [
        "pre-install": "pre-install", "post-install": "post-install", "pre-delete": "pre-delete",
        "post-delete": "post-delete", "pre-upgrade": "pre-upgrade", "post-upgrade": "post-upgrade",
        "pre-rollback": "pre-rollback", "post-rollback": "post-rollback", "test": "test", "test-success": "test",
    ]

    /// The outcome of sorting: documents in install order, hooks in kind order, and the
    /// log lines Helm prints (skipped unknown hooks).
    public struct Result: Sendable {
        public var manifests: [Manifest] = []
        public var hooks: [Hook] = []
        public var warnings: [String] = []
    }

    /// Sorts the rendered `files` (path → text); partials and blank files are skipped.
    public static func sort(_ files: [String: String]) throws(ManifestError) -> Result {
        var result = Result()
        var documents: [(path: String, text: String)] = []
        for path in files.keys.sorted(by: goStringLess) {
            if goBaseName(path).hasPrefix("_") { continue }
            let content = files[path]!
            if content.trimmingGoSpace().isEmpty { continue }
            for document in HelmYAML.splitManifests(content) { documents.append((path, document)) }
        }
        // Decoding every document is most of the sorting; documents are independent, so a large
        // release decodes them on two threads. The first error in order is the one reported.
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let workers = bytes < 32 * 1024 ? 1 : min(DeepStack.processorCount, 4)
        let heads = DeepStack.concurrentMap(documents, workers: workers) { document in
            Swift.Result { try HelmYAML.simpleHead(document.text) }
        }
        for ((path, document), decoded) in zip(documents, heads) {
            let head: SimpleHead
            do { head = try decoded.get() } catch {
                throw ManifestError("YAML parse error on \(path): \(error)")
            }
            guard head.hasMetadata, !head.annotations.isEmpty, let hookTypes = head.annotations["helm.sh/hook"] else {
                result.manifests.append(Manifest(path: path, content: document, head: head))
                continue
            }
            var hook = Hook(name: head.name, kind: head.kind, path: path, manifest: document, events: [],
                            weight: Int(head.annotations["helm.sh/hook-weight"] ?? "") ?? 0, deletePolicies: [])
            var unknown = false
            for raw in hookTypes.split(separator: ",", omittingEmptySubsequences: false) {
                guard let event = events[raw.trimmingGoSpace().lowercased()] else { unknown = true; break }
                hook.events.append(event)
            }
            if unknown {
                result.warnings.append("level=INFO msg=\"skipping unknown hooks\" hookTypes=\(logValue(hookTypes))")
                continue
            }
            if let policies = head.annotations["helm.sh/hook-delete-policy"] {
                hook.deletePolicies = policies.split(separator: ",", omittingEmptySubsequences: false)
                    .map { $0.trimmingGoSpace().lowercased() }
            }
            result.hooks.append(hook)
        }
        result.manifests = KindOrder.stableSort(result.manifests) { $0.head.kind }
        result.hooks = KindOrder.stableSort(result.hooks) { $0.kind }
        return result
    }

    /// slog's text handler quotes values holding spaces, quotes or `=`.
    static func logValue(_ s: String) -> String {
        let needsQuote = s.isEmpty || s.unicodeScalars.contains { $0 == " " || $0 == "\"" || $0 == "=" || $0.value < 0x20 || $0.value == 0x7F }
        return needsQuote ? goQuote(s) : s
    }
}
