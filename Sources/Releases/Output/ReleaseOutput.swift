import ChartKit
import GoValue
import YAML

/// Helm's printers for releases (pkg/cmd status, history, list, get), byte for byte.
public enum ReleaseOutput {
    /// `encoding/json` Encoder output (one line, final newline) turned into YAML the way
    /// sigs.k8s.io/yaml does it (through JSON, so keys come out sorted).
    static func yaml(fromJSON json: String) throws -> String {
        try HelmYAML.marshal(try HelmYAML.decodeJSON(json))
    }

    /// Status text options: what `install`, `upgrade`, `status` and `get all` show.
    public struct StatusOptions: Sendable {
        public var debug = false
        public var showMetadata = false
        public var hideNotes = false
        public init(debug: Bool = false, showMetadata: Bool = false, hideNotes: Bool = false) {
            self.debug = debug
            self.showMetadata = showMetadata
            self.hideNotes = hideNotes
        }
    }

    /// Helm's `statusPrinter`, in the format asked for.
    public static func status(_ r: Release, format: OutputFormat, options: StatusOptions = StatusOptions()) throws -> String {
        switch format {
        case .json: return try r.jsonText() + "\n"
        case .yaml: return try yaml(fromJSON: r.jsonText())
        case .table: return try statusTable(r, options: options)
        }
    }

    static func statusTable(_ r: Release, options: StatusOptions) throws -> String {
        var out = "NAME: \(r.name)\n"
        if !r.info.lastDeployed.isZero { out += "LAST DEPLOYED: \(r.info.lastDeployed.ansic)\n" }
        out += "NAMESPACE: \(r.namespace)\nSTATUS: \(r.info.status.rawValue)\nREVISION: \(r.version)\n"
        if options.showMetadata {
            out += "CHART: \(r.chart.metadata.name)\nVERSION: \(r.chart.metadata.version)\nAPP_VERSION: \(r.chart.metadata.appVersion)\n"
        }
        out += "DESCRIPTION: \(r.info.description)\n"
        let tests = r.hooks.filter { $0.events.contains("test") }
        if tests.isEmpty {
            out += "TEST SUITE: None\n"
        } else {
            for h in tests where !h.lastRun.startedAt.isZero {
                out += "TEST SUITE:     \(h.name)\nLast Started:   \(h.lastRun.startedAt.ansic)\nLast Completed: \(h.lastRun.completedAt.ansic)\nPhase:          \(h.lastRun.phase)\n"
            }
        }
        if options.debug {
            out += "USER-SUPPLIED VALUES:\n" + (try valuesYAML(r.config)) + "\n"
            out += "COMPUTED VALUES:\n" + (try valuesYAML(computedValues(r))) + "\n"
        }
        if r.info.description.lowercased() == "dry run complete" || options.debug {
            out += "HOOKS:\n"
            for h in r.hooks { out += "---\n# Source: \(h.path)\n\(h.manifest)\n" }
            out += "MANIFEST:\n\(r.manifest)\n"
        }
        if !options.hideNotes && !r.info.notes.isEmpty {
            out += "NOTES:\n\(r.info.notes.trimmingCharacters(in: .whitespacesAndNewlines))\n"
        }
        return out
    }

    /// The chart's defaults with the user's values over them (`get values --all`).
    public static func computedValues(_ r: Release) throws -> GoMap {
        var warnings: [ValuesWarning] = []
        return try Coalescer.coalesceValues(r.chart, ValueMerge.deepCopy(r.config), warnings: &warnings)
    }

    /// `output.EncodeYAML` of a values map: `{}` for an empty one.
    static func valuesYAML(_ values: GoMap) throws -> String {
        try HelmYAML.marshal(.map(values))
    }

    /// `helm history`.
    public static func history(_ releases: [Release], format: OutputFormat) throws -> String {
        switch format {
        case .table:
            var t = TextTable()
            t.addRow(["REVISION", "UPDATED", "STATUS", "CHART", "APP VERSION", "DESCRIPTION"])
            for r in releases {
                t.addRow([String(r.version), r.info.lastDeployed.ansic, r.info.status.rawValue, r.chartLabel,
                          r.chart.metadata.appVersion, r.info.description])
            }
            return t.text
        case .json, .yaml:
            let items = releases.map { r -> String in
                var w = JSONObjectWriter()
                w.int("revision", r.version, omitEmpty: false)
                w.time("updated", r.info.lastDeployed)
                w.string("status", r.info.status.rawValue, omitEmpty: false)
                w.string("chart", r.chartLabel, omitEmpty: false)
                w.string("app_version", r.chart.metadata.appVersion, omitEmpty: false)
                w.string("description", r.info.description, omitEmpty: false)
                return w.text
            }
            let json = "[" + items.joined(separator: ",") + "]"
            return format == .json ? json + "\n" : try yaml(fromJSON: json)
        }
    }

    /// `helm list`; `timeFormat` is a Go layout (`--time-format`), nil for Go's `String()`.
    public static func list(_ releases: [Release], format: OutputFormat, noHeaders: Bool = false, short: Bool = false) throws -> String {
        func updated(_ r: Release) -> String { r.info.lastDeployed.isZero ? "-" : r.info.lastDeployed.goString }
        if short {
            switch format {
            case .table: return releases.map { $0.name + "\n" }.joined()
            case .json, .yaml:
                let json = try HelmYAML.marshalJSON(.strings(releases.map(\.name)))
                return format == .json ? json + "\n" : try yaml(fromJSON: json)
            }
        }
        switch format {
        case .table:
            var t = TextTable()
            if !noHeaders { t.addRow(["NAME", "NAMESPACE", "REVISION", "UPDATED", "STATUS", "CHART", "APP VERSION"]) }
            for r in releases {
                t.addRow([r.name, r.namespace, String(r.version), updated(r), r.info.status.rawValue, r.chartLabel,
                          r.chart.metadata.appVersion])
            }
            return t.text
        case .json, .yaml:
            let items = releases.map { r -> String in
                var w = JSONObjectWriter()
                w.string("name", r.name, omitEmpty: false)
                w.string("namespace", r.namespace, omitEmpty: false)
                w.string("revision", String(r.version), omitEmpty: false)
                w.string("updated", updated(r), omitEmpty: false)
                w.string("status", r.info.status.rawValue, omitEmpty: false)
                w.string("chart", r.chartLabel, omitEmpty: false)
                w.string("app_version", r.chart.metadata.appVersion, omitEmpty: false)
                return w.text
            }
            let json = "[" + items.joined(separator: ",") + "]"
            return format == .json ? json + "\n" : try yaml(fromJSON: json)
        }
    }

    /// `helm get values` (`all`: chart defaults included).
    public static func values(_ r: Release, all: Bool, format: OutputFormat) throws -> String {
        let values = all ? try computedValues(r) : r.config
        switch format {
        case .table: return (all ? "COMPUTED VALUES:\n" : "USER-SUPPLIED VALUES:\n") + (try valuesYAML(values))
        case .json: return try HelmYAML.marshalJSON(.map(values)) + "\n"
        case .yaml: return try valuesYAML(values)
        }
    }

    /// `helm get manifest`.
    public static func manifest(_ r: Release) -> String { r.manifest + "\n" }

    /// `helm get notes`.
    public static func notes(_ r: Release) -> String { r.info.notes.isEmpty ? "" : "NOTES:\n\(r.info.notes)\n" }

    /// `helm get hooks`.
    public static func hooks(_ r: Release) -> String {
        r.hooks.map { "---\n# Source: \($0.path)\n\($0.manifest)\n" }.joined()
    }

    /// `helm get metadata`.
    public static func metadata(_ r: Release, format: OutputFormat) throws -> String {
        let m = r.chart.metadata
        let method: String
        switch r.applyMethod {
        case "": method = "client-side apply (defaulted)"
        case "csa": method = "client-side apply"
        case "ssa": method = "server-side apply"
        default: method = "unknown (\(Strconv.quote(r.applyMethod)))"
        }
        switch format {
        case .table:
            let annotations = m.annotations.keys.sorted().map { "\($0)=\(m.annotations[$0]!)" }.joined(separator: ",")
            let deps = m.dependencies.map(\.name).sorted().joined(separator: ",")
            return "NAME: \(r.name)\nCHART: \(m.name)\nVERSION: \(m.version)\nAPP_VERSION: \(m.appVersion)\nANNOTATIONS: \(annotations)\nLABELS: \nDEPENDENCIES: \(deps)\nNAMESPACE: \(r.namespace)\nREVISION: \(r.version)\nSTATUS: \(r.info.status.rawValue)\nDEPLOYED_AT: \(r.info.lastDeployed.rfc3339)\nAPPLY_METHOD: \(method)\n"
        case .json, .yaml:
            var w = JSONObjectWriter()
            w.string("name", r.name, omitEmpty: false)
            w.string("chart", m.name, omitEmpty: false)
            w.string("version", m.version, omitEmpty: false)
            w.string("appVersion", m.appVersion, omitEmpty: false)
            if !m.annotations.isEmpty { try w.value("annotations", .map(GoMap(m.annotations.mapValues { .string($0) }))) }
            if !m.dependencies.isEmpty {
                w.raw("dependencies", "[" + (try m.dependencies.map(Release.dependencyJSON)).joined(separator: ",") + "]")
            }
            w.string("namespace", r.namespace, omitEmpty: false)
            w.int("revision", r.version, omitEmpty: false)
            w.string("status", r.info.status.rawValue, omitEmpty: false)
            w.string("deployedAt", r.info.lastDeployed.rfc3339, omitEmpty: false)
            w.string("applyMethod", r.applyMethod)
            return format == .json ? w.text + "\n" : try yaml(fromJSON: w.text)
        }
    }
}
