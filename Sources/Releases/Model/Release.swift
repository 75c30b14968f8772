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
