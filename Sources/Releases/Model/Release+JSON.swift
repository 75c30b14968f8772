import ChartKit
import Foundation
import GoValue
import YAML

/// Helm's JSON for a release (`json.Marshal` of `release.v1.Release`): field names,
/// order and omissions as Helm writes them; the storage format and `-o json`.
extension Release {
    /// The release as one line of JSON, fields in Helm's order.
    public func jsonText() throws -> String {
        var w = JSONObjectWriter()
        w.string("name", name)
        w.raw("info", info.jsonText())
        w.raw("chart", try Self.chartJSON(chart))
        if config.count > 0 { try w.value("config", .map(config)) }
        w.string("manifest", manifest)
        if !hooks.isEmpty { w.raw("hooks", "[" + hooks.map(\.jsonText).joined(separator: ",") + "]") }
        w.int("version", version)
        w.string("namespace", namespace)
        w.string("apply_method", applyMethod)
        for field in unknownFields { w.raw(field.key, field.json) }
        return w.text
    }

    static func chartJSON(_ chart: Chart) throws -> String {
        var w = JSONObjectWriter()
        w.raw("metadata", try metadataJSON(chart.metadata))
        if let lock = chart.lock {
            var l = JSONObjectWriter()
            l.string("generated", lock.generated, omitEmpty: false)
            l.string("digest", lock.digest, omitEmpty: false)
            l.raw("dependencies", "[" + (try lock.dependencies.map(dependencyJSON)).joined(separator: ",") + "]")
            w.raw("lock", l.text)
        } else {
            w.raw("lock", "null")
        }
        w.raw("templates", filesJSON(chart.templates))
        // Helm's chart has nil Values when there is no values.yaml.
        let hasValuesFile = chart.raw.contains { $0.name == "values.yaml" }
        let fromLoader = chart.raw.contains { $0.name == "Chart.yaml" && !$0.data.isEmpty }
        if chart.values.isNil || (chart.values.count == 0 && fromLoader && !hasValuesFile) {
            w.raw("values", "null")
        } else {
            try w.value("values", .map(chart.values))
        }
        w.bytes("schema", chart.schema)
        let schemaTime = chart.raw.first { $0.name == "values.schema.json" }?.modified
        w.time("schemamodtime", schemaTime.map(ReleaseTime.init(date:)) ?? .zero, omitZero: false)
        w.raw("files", filesJSON(chart.files))
        if let modified = chart.raw.first(where: { $0.name == "Chart.yaml" })?.modified {
            w.time("modtime", ReleaseTime(date: modified))
        }
        return w.text
    }

    /// A nil slice in Go when empty, so `null`.
    static func filesJSON(_ files: [ChartFile]) -> String {
        if files.isEmpty { return "null" }
        return "[" + files.map { file in
            var f = JSONObjectWriter()
            f.string("name", file.name, omitEmpty: false)
            f.bytes("data", file.data)
            if let modified = file.modified { f.time("modtime", ReleaseTime(date: modified)) }
            return f.text
        }.joined(separator: ",") + "]"
    }

    static func metadataJSON(_ m: ChartMetadata) throws -> String {
        var w = JSONObjectWriter()
        w.string("name", m.name)
        w.string("home", m.home)
        w.strings("sources", m.sources)
        w.string("version", m.version)
        w.string("description", m.description)
        w.strings("keywords", m.keywords)
        if !m.maintainers.isEmpty {
            w.raw("maintainers", "[" + m.maintainers.map { p in
                var o = JSONObjectWriter()
                o.string("name", p.name)
                o.string("email", p.email)
                o.string("url", p.url)
                return o.text
            }.joined(separator: ",") + "]")
        }
        w.string("icon", m.icon)
        w.string("apiVersion", m.apiVersion)
        w.string("condition", m.condition)
        w.string("tags", m.tags)
        w.string("appVersion", m.appVersion)
        w.bool("deprecated", m.deprecated)
        if !m.annotations.isEmpty {
            try w.value("annotations", .map(GoMap(m.annotations.mapValues { .string($0) })))
        }
        w.string("kubeVersion", m.kubeVersion)
        if !m.dependencies.isEmpty {
            w.raw("dependencies", "[" + (try m.dependencies.map(dependencyJSON)).joined(separator: ",") + "]")
        }
        w.string("type", m.type)
        return w.text
    }

    static func dependencyJSON(_ d: ChartDependency) throws -> String {
        var w = JSONObjectWriter()
        w.string("name", d.name, omitEmpty: false)
        w.string("version", d.version)
        w.string("repository", d.repository, omitEmpty: false)
        w.string("condition", d.condition)
        w.strings("tags", d.tags)
        w.bool("enabled", d.enabled)
        if !d.importValues.isEmpty {
            let items: [GoValue] = d.importValues.map {
                switch $0 {
                case .exported(let s): return .string(s)
                case .mapping(let child, let parent): return .dict(["child": .string(child), "parent": .string(parent)])
                }
            }
            try w.value("import-values", .list(items))
        }
        w.string("alias", d.alias)
        return w.text
    }
}

extension ReleaseInfo {
    /// Helm v4's `Info.MarshalJSON`: zero times are left out.
    func jsonText() -> String {
        var w = JSONObjectWriter()
        w.time("first_deployed", firstDeployed)
        w.time("last_deployed", lastDeployed)
        w.time("deleted", deleted)
        w.string("description", description)
        w.string("status", status == .unknown ? "" : status.rawValue)
        w.string("notes", notes)
        return w.text
    }
}

extension ReleaseHook {
    var jsonText: String {
        var w = JSONObjectWriter()
        w.string("name", name)
        w.string("kind", kind)
        w.string("path", path)
        w.string("manifest", manifest)
        w.strings("events", events)
        var run = JSONObjectWriter()
        run.time("started_at", lastRun.startedAt)
        run.time("completed_at", lastRun.completedAt)
        run.string("phase", lastRun.phase, omitEmpty: false)
        w.raw("last_run", run.text)
        w.int("weight", weight)
        w.strings("delete_policies", deletePolicies)
        return w.text
    }
}

extension ReleaseTime {
    /// A Foundation date, to microseconds (what `Date` can hold).
    public init(date: Date) {
        let t = date.timeIntervalSince1970
        let s = t.rounded(.down)
        self.init(seconds: Int64(s), nanoseconds: Int(((t - s) * 1_000_000).rounded()) * 1000)
    }
}
