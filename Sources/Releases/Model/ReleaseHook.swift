import ChartKit

/// A hook as a release records it: the rendered manifest plus when it last ran.
public struct ReleaseHook: Sendable {
    public var name: String
    public var kind: String
    public var path: String
    public var manifest: String
    public var events: [String]
    public var lastRun = HookExecution()
    public var weight: Int
    public var deletePolicies: [String]

    public init(name: String, kind: String, path: String, manifest: String, events: [String], weight: Int,
                deletePolicies: [String]) {
        self.name = name
        self.kind = kind
        self.path = path
        self.manifest = manifest
        self.events = events
        self.weight = weight
        self.deletePolicies = deletePolicies
    }

    /// Records a hook found by the manifest sorter.
    public init(_ hook: Hook) {
        self.init(name: hook.name, kind: hook.kind, path: hook.path, manifest: hook.manifest, events: hook.events,
                  weight: hook.weight, deletePolicies: hook.deletePolicies)
    }
}
