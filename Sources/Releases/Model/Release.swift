import ChartKit
import GoValue

/// One revision of a release: Helm's `release.v1.Release`, the record of what was
/// rendered, from which chart, with which values.
public struct Release: Sendable {
    public var name: String
    public var namespace: String
    /// The revision number (Helm's `version`), from 1.
    public var version: Int
    public var info: ReleaseInfo
    /// The chart as stored (Helm keeps no subcharts in a release record).
    public var chart: Chart
    /// The user-supplied values (`-f`, `--set`...).
    public var config: GoMap
    /// Every rendered non-hook manifest, `---\n# Source: ...` separated.
    public var manifest: String
    public var hooks: [ReleaseHook]
    /// `ssa` or `csa` (Helm v4); empty for records written by v3.
    public var applyMethod: String
    /// Top-level fields this version does not know, as raw JSON, kept when rewriting.
    public var unknownFields: [(key: String, json: String)] = []

    public init(name: String, namespace: String, version: Int, info: ReleaseInfo, chart: Chart,
                config: GoMap = GoMap(), manifest: String = "", hooks: [ReleaseHook] = [], applyMethod: String = "") {
        self.name = name
        self.namespace = namespace
        self.version = version
        self.info = info
        self.chart = chart
        self.config = config
        self.manifest = manifest
        self.hooks = hooks
        self.applyMethod = applyMethod
    }

    /// `NAME-VERSION` of the chart, as the CHART column shows it.
    public var chartLabel: String { "\(chart.metadata.name)-\(chart.metadata.version)" }
}

/// Helm's `release.Info`: when, in which state, and why.
public struct ReleaseInfo: Sendable {
    public var firstDeployed: ReleaseTime = .zero
    public var lastDeployed: ReleaseTime = .zero
    public var deleted: ReleaseTime = .zero
    public var description = ""
    public var status: ReleaseStatus = .unknown
    public var notes = ""

    public init(firstDeployed: ReleaseTime = .zero, lastDeployed: ReleaseTime = .zero, status: ReleaseStatus = .unknown,
                description: String = "", notes: String = "") {
        self.firstDeployed = firstDeployed
        self.lastDeployed = lastDeployed
        self.status = status
        self.description = description
        self.notes = notes
    }
}

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

/// Helm's `HookExecution`; without a cluster hooks never run, so times stay zero.
public struct HookExecution: Sendable {
    public var startedAt: ReleaseTime = .zero
    public var completedAt: ReleaseTime = .zero
    public var phase = ""
    public init() {}
}
