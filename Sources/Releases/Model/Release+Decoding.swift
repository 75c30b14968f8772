import ChartKit
import Foundation
import GoValue
import YAML

/// Reading a stored release back; tolerant of missing fields, strict about wrong types,
/// and keeping fields a newer version wrote.
extension Release {
    /// Why a stored release could not be read.
    public struct DecodeError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    static let knownFields: Set<String> = ["name", "info", "chart", "config", "manifest", "hooks", "version", "namespace", "apply_method"]

    /// Decodes Helm's release JSON.
    public init(jsonText text: String) throws {
        let value: GoValue
        do { value = try HelmYAML.decodeJSON(text) } catch { throw DecodeError(description: "invalid JSON: \(error)") }
        guard let top = value.mapValue else { throw DecodeError(description: "a release must be a JSON object") }
        let r = Fields(top, path: "")
        let infoFields = Fields(try r.map("info") ?? GoMap(), path: "info.")
        var info = ReleaseInfo()
        info.firstDeployed = try infoFields.time("first_deployed")
        info.lastDeployed = try infoFields.time("last_deployed")
        info.deleted = try infoFields.time("deleted")
        info.description = try infoFields.string("description")
        let status = try infoFields.string("status")
        guard let parsed = status.isEmpty ? .unknown : ReleaseStatus(rawValue: status) else {
            throw DecodeError(description: "info.status: unknown status \(Strconv.quote(status))")
        }
        info.status = parsed
        info.notes = try infoFields.string("notes")
        let chart = try Self.decodeChart(try r.map("chart") ?? GoMap())
        self.init(name: try r.string("name"), namespace: try r.string("namespace"), version: try r.int("version"),
                  info: info, chart: chart, config: try r.map("config") ?? GoMap(), manifest: try r.string("manifest"),
                  hooks: try r.list("hooks").enumerated().map { try Self.decodeHook($1, index: $0) },
                  applyMethod: try r.string("apply_method"))
        for key in top.sortedKeys where !Self.knownFields.contains(key) {
            unknownFields.append((key, try HelmYAML.marshalJSON(top[key] ?? .nil)))
        }
    }

    static func decodeHook(_ value: GoValue, index: Int) throws -> ReleaseHook {
        guard let m = value.mapValue else { throw DecodeError(description: "hooks[\(index)]: not an object") }
        let f = Fields(m, path: "hooks[\(index)].")
        var hook = ReleaseHook(name: try f.string("name"), kind: try f.string("kind"), path: try f.string("path"),
                               manifest: try f.string("manifest"), events: try f.strings("events"),
                               weight: try f.int("weight"), deletePolicies: try f.strings("delete_policies"))
        if let run = try f.map("last_run") {
            let rf = Fields(run, path: "hooks[\(index)].last_run.")
            hook.lastRun.startedAt = try rf.time("started_at")
            hook.lastRun.completedAt = try rf.time("completed_at")
            hook.lastRun.phase = try rf.string("phase")
        }
        return hook
    }

    static func decodeChart(_ m: GoMap) throws -> Chart {
        let f = Fields(m, path: "chart.")
        let md = Fields(try f.map("metadata") ?? GoMap(), path: "chart.metadata.")
        var meta = ChartMetadata()
        meta.name = try md.string("name")
        meta.home = try md.string("home")
        meta.sources = try md.strings("sources")
        meta.version = try md.string("version")
        meta.description = try md.string("description")
        meta.keywords = try md.strings("keywords")
        meta.maintainers = try md.list("maintainers").map { v in
            let p = Fields(v.mapValue ?? GoMap(), path: "chart.metadata.maintainers.")
            return ChartMaintainer(name: try p.string("name"), email: try p.string("email"), url: try p.string("url"))
        }
        meta.icon = try md.string("icon")
        meta.apiVersion = try md.string("apiVersion")
        meta.condition = try md.string("condition")
        meta.tags = try md.string("tags")
        meta.appVersion = try md.string("appVersion")
        meta.deprecated = md.map["deprecated"]?.isTruthy ?? false
        if let ann = try md.map("annotations") {
            for (k, v) in ann.entries { meta.annotations[k] = v.stringValue ?? "" }
        }
        meta.kubeVersion = try md.string("kubeVersion")
        meta.dependencies = try md.list("dependencies").map(decodeDependency)
        meta.type = try md.string("type")
        var chart = Chart(metadata: meta)
        if let lock = try f.map("lock") {
            let lf = Fields(lock, path: "chart.lock.")
            var l = ChartLock()
            l.generated = try lf.string("generated")
            l.digest = try lf.string("digest")
            l.dependencies = try lf.list("dependencies").map(decodeDependency)
            chart.lock = l
        }
        chart.templates = try decodeFiles(f, "templates")
        chart.files = try decodeFiles(f, "files")
        chart.values = try f.map("values") ?? GoMap(isNil: true)
        if let schema = f.map["schema"]?.stringValue {
            guard let data = Data(base64Encoded: schema) else { throw DecodeError(description: "chart.schema: invalid base64") }
            chart.schema = [UInt8](data)
        }
        let modTime = try f.time("modtime")
        if !modTime.isZero { chart.raw.append(ChartFile(name: "Chart.yaml", data: [], modified: modTime.date)) }
        let schemaTime = try f.time("schemamodtime")
        if !schemaTime.isZero { chart.raw.append(ChartFile(name: "values.schema.json", data: [], modified: schemaTime.date)) }
        return chart
    }

    static func decodeDependency(_ v: GoValue) throws -> ChartDependency {
        let f = Fields(v.mapValue ?? GoMap(), path: "chart.metadata.dependencies.")
        var d = ChartDependency()
        d.name = try f.string("name")
        d.version = try f.string("version")
        d.repository = try f.string("repository")
        d.condition = try f.string("condition")
        d.tags = try f.strings("tags")
        d.enabled = f.map["enabled"]?.isTruthy ?? false
        d.importValues = try f.list("import-values").map { item in
            if let s = item.stringValue { return .exported(s) }
            let m = Fields(item.mapValue ?? GoMap(), path: "import-values.")
            return .mapping(child: try m.string("child"), parent: try m.string("parent"))
        }
        d.alias = try f.string("alias")
        return d
    }

    static func decodeFiles(_ f: Fields, _ key: String) throws -> [ChartFile] {
        try f.list(key).enumerated().map { index, v in
            let file = Fields(v.mapValue ?? GoMap(), path: "chart.\(key)[\(index)].")
            let encoded = try file.string("data")
            guard let data = Data(base64Encoded: encoded) else { throw DecodeError(description: "chart.\(key)[\(index)].data: invalid base64") }
            let mod = try file.time("modtime")
            return ChartFile(name: try file.string("name"), data: [UInt8](data), modified: mod.isZero ? nil : mod.date)
        }
    }

    /// Typed reads of one JSON object, naming the field in errors.
    struct Fields {
        let map: GoMap
        let path: String
        init(_ map: GoMap, path: String) { self.map = map; self.path = path }

        private func wrong(_ key: String, _ want: String) -> DecodeError {
            DecodeError(description: "\(path)\(key): expected \(want)")
        }

        func string(_ key: String) throws -> String {
            guard let v = map[key], !v.isNil else { return "" }
            guard let s = v.stringValue else { throw wrong(key, "a string") }
            return s
        }

        func int(_ key: String) throws -> Int {
            guard let v = map[key], !v.isNil else { return 0 }
            switch v {
            case .float64(let d) where d == d.rounded() && abs(d) < 1e15: return Int(d)
            case .int(let i): return i
            case .int64(let i): return Int(i)
            default: throw wrong(key, "an integer")
            }
        }

        func map(_ key: String) throws -> GoMap? {
            guard let v = map[key], !v.isNil else { return nil }
            guard let m = v.mapValue else { throw wrong(key, "an object") }
            return m
        }

        func list(_ key: String) throws -> [GoValue] {
            guard let v = map[key], !v.isNil else { return [] }
            guard let s = v.sliceValue else { throw wrong(key, "an array") }
            return s.elements
        }

        func strings(_ key: String) throws -> [String] {
            try list(key).map { v in
                guard let s = v.stringValue else { throw wrong(key, "an array of strings") }
                return s
            }
        }

        func time(_ key: String) throws -> ReleaseTime {
            let s = try string(key)
            if s.isEmpty { return .zero }
            guard let t = ReleaseTime(rfc3339: s) else { throw wrong(key, "an RFC 3339 time") }
            return t
        }
    }
}

extension ReleaseTime {
    /// As a Foundation date (sub-microsecond digits are lost).
    public var date: Date {
        Date(timeIntervalSince1970: Double(seconds) + Double(nanoseconds) / 1e9)
    }
}
