import GoValue
import YAML

/// Compares two rendered manifests resource by resource (kind, namespace, name), the
/// way the helm-diff plugin reports an upgrade.
public struct ManifestDiff: Sendable {
    /// One Kubernetes object's identity in a manifest.
    public struct ResourceKey: Sendable, Hashable, Comparable {
        public var namespace: String
        public var kind: String
        public var name: String

        public static func < (a: ResourceKey, b: ResourceKey) -> Bool {
            (a.namespace, a.kind, a.name) < (b.namespace, b.kind, b.name)
        }

        public var label: String { "\(namespace), \(name), \(kind)" }
    }

    /// What happened to one resource.
    public enum Change: String, Sendable {
        case added, removed, changed
    }

    /// One resource that differs, and how.
    public struct Entry: Sendable {
        public var key: ResourceKey
        public var change: Change
        /// Unified-diff hunks for the resource's text.
        public var hunks: String
    }

    public var entries: [Entry]
    public var hasChanges: Bool { !entries.isEmpty }

    /// Diffs `old` against `new`; objects without a namespace count as in `namespace`.
    public init(old: String, new: String, namespace: String, context: Int = 3) {
        let before = Self.resources(old, namespace: namespace)
        let after = Self.resources(new, namespace: namespace)
        var entries: [Entry] = []
        for key in Set(before.keys).union(after.keys).sorted() {
            let a = before[key] ?? "", b = after[key] ?? ""
            if a == b { continue }
            let change: Change = before[key] == nil ? .added : after[key] == nil ? .removed : .changed
            entries.append(Entry(key: key, change: change, hunks: LineDiff.unified(a, b, context: context)))
        }
        self.entries = entries
    }

    /// The documents of a manifest by identity (later duplicates are appended).
    static func resources(_ manifest: String, namespace: String) -> [ResourceKey: String] {
        var out: [ResourceKey: String] = [:]
        for document in HelmYAML.splitManifests(manifest) {
            let value = (try? HelmYAML.decodeAny(document)) ?? .nil
            let map = value.mapValue
            let meta = map?["metadata"]?.mapValue
            let key = ResourceKey(namespace: meta?["namespace"]?.stringValue ?? namespace,
                                  kind: map?["kind"]?.stringValue ?? "", name: meta?["name"]?.stringValue ?? "")
            out[key, default: ""] += document + "\n"
        }
        return out
    }

    /// The report: a header per resource, then its hunks; ANSI colours when `color`.
    public func text(color: Bool = false) -> String {
        func paint(_ line: Substring) -> String {
            guard color else { return String(line) }
            if line.hasPrefix("+") { return "\u{1B}[32m\(line)\u{1B}[0m" }
            if line.hasPrefix("-") { return "\u{1B}[31m\(line)\u{1B}[0m" }
            if line.hasPrefix("@@") { return "\u{1B}[36m\(line)\u{1B}[0m" }
            return String(line)
        }
        var out = ""
        for e in entries {
            let header = "\(e.key.label) \(e.change == .added ? "has been added" : e.change == .removed ? "has been removed" : "has changed"):"
            out += (color ? "\u{1B}[33m\(header)\u{1B}[0m" : header) + "\n"
            for line in e.hunks.split(separator: "\n", omittingEmptySubsequences: true) { out += paint(line) + "\n" }
        }
        return out
    }
}
