import Archive
import Foundation
import Sprig
import YAML

/// `helm package`: a chart folder becomes `<name>-<version>.tgz` with Helm's layout.
public struct ChartPackager {
    /// Replaces Chart.yaml's version (`--version`).
    public var version: String?
    /// Replaces Chart.yaml's appVersion (`--app-version`).
    public var appVersion: String?

    public init(version: String? = nil, appVersion: String? = nil) {
        self.version = version
        self.appVersion = appVersion
    }

    /// Packages the chart folder at `path` into `destination` and returns the archive's path as
    /// Helm prints it: absolute for the default destination `.`, else joined onto `destination`.
    public func package(directory path: String, destination: String) throws -> String {
        var log: [String] = []
        return try package(directory: path, destination: destination, log: &log)
    }

    /// Packages as `package(directory:destination:)`; `log` receives the loader's INFO lines
    /// (symbolic links followed), which `helm package` prints on stderr.
    public func package(directory path: String, destination: String, log: inout [String]) throws -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue {
            // Helm's loader opens PATH/Chart.yaml to learn the apiVersion and fails there.
            let chartYAML = absolute + "/Chart.yaml"
            throw PackageError("unable to detect chart at \(chartYAML): open \(chartYAML): not a directory")
        }
        var chart = try ChartLoader.load(directory: path, log: &log)
        if let version { chart.metadata.version = version }
        // `--version` is checked as a semantic version before anything else is written.
        if (try? SemanticVersion(parsing: chart.metadata.version)) == nil { throw PackageError("invalid semantic version") }
        if let appVersion { chart.metadata.appVersion = appVersion }
        try chart.metadata.validate()
        let missing = chart.metadata.dependencies.filter { dep in
            !chart.dependencies.contains { $0.name == dep.name }
        }.map(\.name)
        if !missing.isEmpty {
            throw PackageError("found in Chart.yaml, but missing in charts/ directory: \(missing.joined(separator: ", "))")
        }
        let files = try Self.archiveFiles(of: chart)
        let base = destination == "." ? FileManager.default.currentDirectoryPath : destination
        try Self.prepareFolder(Self.goJoin(base, "."))
        let folder = URL(fileURLWithPath: base).standardizedFileURL
        let target = folder.appendingPathComponent("\(chart.name)-\(chart.metadata.version).tgz")
        try ChartArchive.write(files, folder: chart.name, to: target)
        if destination == "." { return target.path }
        return Self.goJoin(destination, target.lastPathComponent)
    }

    /// The destination checks of Helm's `chartutil.Save`, in its words after `failed to save: `:
    /// a missing folder is made with its parents, anything else that is not a folder is refused.
    static func prepareFolder(_ folder: String) throws {
        var info = stat()
        if stat(folder, &info) == 0 {
            if info.st_mode & S_IFMT != S_IFDIR { throw PackageError("failed to save: is not a directory: \(folder)") }
            return
        }
        guard errno == ENOENT else {
            let reason = String(cString: strerror(errno))
            throw PackageError("failed to save: stat \(folder): stat \(folder): \(reason.prefix(1).lowercased() + reason.dropFirst())")
        }
        // Go's MkdirAll: each missing folder in turn, the first failure named.
        var current = folder.hasPrefix("/") ? "" : "."
        for part in folder.split(separator: "/") {
            current = current.isEmpty ? "/" + part : current + "/" + part
            if stat(current, &info) == 0 { continue }
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                let reason = String(cString: strerror(errno))
                let shown = current.hasPrefix("./") && !folder.hasPrefix("./") ? String(current.dropFirst(2)) : current
                throw PackageError("failed to save: mkdir \(shown): \(reason.prefix(1).lowercased() + reason.dropFirst())")
            }
        }
    }

    /// Go's `filepath.Join`: joined with `/`, then cleaned (`.` and `..` resolved, no doubled slashes).
    static func goJoin(_ a: String, _ b: String) -> String {
        let joined = a.isEmpty ? b : a + "/" + b
        let absolute = joined.hasPrefix("/")
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let body = parts.joined(separator: "/")
        return absolute ? "/" + body : (body.isEmpty ? "." : body)
    }

    /// The archive entries of `chart` in Helm's order (Chart.yaml, Chart.lock, values.yaml,
    /// values.schema.json, templates, other files, then each subchart expanded under `charts/`).
    public static func archiveFiles(of chart: Chart, prefix: String = "") throws -> [ArchiveFile] {
        // Go's tar writer rounds a header's time to the nearest second (halves up), not down.
        func seconds(_ date: Date?) -> Int64 { Int64((date ?? Date(timeIntervalSince1970: 0)).timeIntervalSince1970.rounded()) }
        func raw(_ name: String) -> ChartFile? { chart.raw.first { $0.name == name } }
        var out: [ArchiveFile] = []
        let chartYAMLTime = seconds(raw("Chart.yaml")?.modified)
        out.append(ArchiveFile(name: prefix + "Chart.yaml", data: Array(try chart.metadata.yamlText().utf8), modified: chartYAMLTime))
        if chart.metadata.apiVersion == "v2", let lock = chart.lock {
            // Helm stamps Chart.lock with the lock's own `generated` time, not the file's.
            let stamp = Self.lockTime(lock.generated) ?? seconds(raw("Chart.lock")?.modified)
            out.append(ArchiveFile(name: prefix + "Chart.lock", data: Array(try lock.yamlText().utf8), modified: stamp))
        }
        if let values = raw("values.yaml") {
            out.append(ArchiveFile(name: prefix + "values.yaml", data: values.data, modified: seconds(values.modified)))
        }
        if let schema = chart.schema {
            guard (try? JSONSerialization.jsonObject(with: Data(schema), options: [.fragmentsAllowed])) != nil else {
                throw PackageError("invalid JSON in values.schema.json")
            }
            out.append(ArchiveFile(name: prefix + "values.schema.json", data: schema, modified: seconds(raw("values.schema.json")?.modified)))
        }
        for file in chart.templates + chart.files {
            out.append(ArchiveFile(name: prefix + file.name, data: file.data, modified: seconds(file.modified)))
        }
        for sub in chart.dependencies {
            out += try archiveFiles(of: sub, prefix: prefix + "charts/\(sub.name)/")
        }
        return out
    }
}

/// A chart that cannot be packaged, in Helm's words.
public struct PackageError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
