import Archive
import Foundation
import Sprig

/// `helm dependency update|build|list`: resolves Chart.yaml's dependencies, writes Chart.lock,
/// and fills `charts/` with archives.
public struct DependencyManager {
    public var chartPath: String
    public var client = RepositoryClient()
    /// The clock behind Chart.lock's `generated`, injectable for tests.
    public var now: @Sendable () -> Date = { Date() }
    /// `--skip-refresh`: do not announce (or re-read) repository indexes before resolving.
    public var skipRefresh = false

    public init(chartPath: String) { self.chartPath = chartPath }

    /// Resolves every dependency to one version (Helm's resolver) and returns the lock.
    public func resolve(_ chart: Chart) throws -> ChartLock {
        var locked: [ChartDependency] = []
        var missing: [String] = []
        var indexes: [String: RepositoryIndex] = [:]
        for dep in chart.metadata.dependencies {
            let constraint: SemverConstraint?
            if dep.version.isEmpty { constraint = nil } else {
                do { constraint = try SemverConstraint(parsing: dep.version) } catch {
                    throw RepositoryError("dependency \"\(dep.name)\" has an invalid version/constraint format: \(error)")
                }
            }
            var lock = ChartDependency()
            lock.name = dep.name
            lock.repository = dep.repository
            if dep.repository.isEmpty {
                lock.version = dep.version
                locked.append(lock)
                continue
            }
            if dep.repository.hasPrefix("file://") {
                let sub = try ChartLoader.load(directory: localPath(dep.repository))
                guard let v = try? Sprig.SemanticVersion(parsing: sub.metadata.version) else {
                    throw RepositoryError("Improper constraint: \(dep.version)")
                }
                if let constraint, !constraint.isSatisfied(by: v) {
                    missing.append("\"\(dep.name)\" (repository \"\(dep.repository)\", version \"\(dep.version)\")")
                    continue
                }
                lock.version = sub.metadata.version
                locked.append(lock)
                continue
            }
            if indexes[dep.repository] == nil { indexes[dep.repository] = try client.index(of: dep.repository) }
            let best = (try? indexes[dep.repository]!.best(dep.name, constraint: dep.version)) ?? nil
            guard let best else {
                missing.append("\"\(dep.name)\" (repository \"\(dep.repository)\", version \"\(dep.version)\")")
                continue
            }
            lock.version = best.version
            locked.append(lock)
        }
        if !missing.isEmpty {
            throw RepositoryError("can't get a valid version for \(missing.count) subchart(s): \(missing.joined(separator: ", ")). Make sure a matching chart version exists in the repo, or change the version constraint in Chart.yaml")
        }
        var lock = ChartLock()
        lock.dependencies = locked
        lock.digest = Self.digest(requested: chart.metadata.dependencies, locked: locked)
        lock.generated = GoTime.rfc3339Nano(now())
        return lock
    }

    /// Helm's `HashReq`: SHA-256 of the JSON pair [requested, locked].
    public static func digest(requested: [ChartDependency], locked: [ChartDependency]) -> String {
        let json = "[[" + requested.map { $0.structJSON() }.joined(separator: ",") + "],["
            + locked.map { $0.structJSON() }.joined(separator: ",") + "]]"
        return "sha256:" + SHA256Digest.hex(Array(json.utf8))
    }

    /// `dependency update`: resolve, write Chart.lock, download. Returns Helm's log lines.
    public func update() throws -> String {
        let chart = try ChartLoader.load(directory: chartPath)
        guard !chart.metadata.dependencies.isEmpty else { return "" }
        var log = ""
        var remote: [String] = []
        for dep in chart.metadata.dependencies where dep.repository.hasPrefix("http://") || dep.repository.hasPrefix("https://") {
            if !remote.contains(dep.repository) { remote.append(dep.repository) }
        }
        if !remote.isEmpty && !skipRefresh {
            // Helm's wording for repositories named by URL rather than added with `repo add`.
            log += "Getting updates for unmanaged Helm repositories...\n"
            for url in remote {
                _ = try client.index(of: url)
                log += "...Successfully got an update from the \"\(url)\" chart repository\n"
            }
        }
        let lock = try resolve(chart)
        log += try download(lock.dependencies, requested: chart.metadata.dependencies)
        let file = chart.metadata.apiVersion == "v1" ? "requirements.lock" : "Chart.lock"
        if chart.lock?.digest != lock.digest || chart.lock == nil {
            try ChartPuller.writeAtomically(Array(try lock.yamlText().utf8), to: chartPath + "/" + file)
        }
        return log
    }

    /// `dependency build`: download what Chart.lock names, after checking it matches Chart.yaml.
    public func build() throws -> String {
        let chart = try ChartLoader.load(directory: chartPath)
        guard let lock = chart.lock else { return try update() }
        if Self.digest(requested: chart.metadata.dependencies, locked: lock.dependencies) != lock.digest {
            throw RepositoryError("the lock file (Chart.lock) is out of sync with the dependencies file (Chart.yaml). Please update the dependencies")
        }
        return try download(lock.dependencies, requested: chart.metadata.dependencies)
    }

    /// Fetches every locked dependency into `charts/` (local ones packaged), then removes
    /// archives that are no longer wanted.
    func download(_ locked: [ChartDependency], requested: [ChartDependency]) throws -> String {
        let fm = FileManager.default
        let chartsDir = chartPath + "/charts"
        try fm.createDirectory(atPath: chartsDir, withIntermediateDirectories: true)
        var log = "Saving \(locked.count) charts\n"
        var wanted = Set<String>()
        var fetched: [(name: String, bytes: [UInt8])] = []
        for dep in locked where !dep.repository.isEmpty {
            if dep.repository.hasPrefix("file://") {
                let sub = try ChartLoader.load(directory: localPath(dep.repository))
                let name = "\(sub.name)-\(sub.metadata.version).tgz"
                let staging = NSTemporaryDirectory() + "chart-dep-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
                try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
                defer { try? fm.removeItem(atPath: staging) }
                let written = try ChartPackager().package(directory: localPath(dep.repository), destination: staging)
                fetched.append((name, Array(fm.contents(atPath: written) ?? Data())))
                wanted.insert(name)
            } else {
                log += "Downloading \(dep.name) from repo \(dep.repository)\n"
                let (entry, bytes) = try client.download(dep.name, version: "=" + dep.version, repoURL: dep.repository)
                let name = URL(string: try client.archiveURL(of: entry, repoURL: dep.repository))?.lastPathComponent
                    ?? "\(dep.name)-\(dep.version).tgz"
                fetched.append((name, bytes))
                wanted.insert(name)
            }
        }
        log += "Deleting outdated charts\n"
        let names = Set(locked.map(\.name))
        for existing in (try? fm.contentsOfDirectory(atPath: chartsDir)) ?? [] where existing.hasSuffix(".tgz") && !wanted.contains(existing) {
            let path = chartsDir + "/" + existing
            if let data = fm.contents(atPath: path), let files = try? ChartArchive.read(Array(data)),
               let head = files.first(where: { $0.name == "Chart.yaml" }),
               let md = try? ChartMetadata.decode(yaml: head.data, fileName: "Chart.yaml"), !names.contains(md.name) {
                continue
            }
            try? fm.removeItem(atPath: path)
        }
        for item in fetched { try ChartPuller.writeAtomically(item.bytes, to: chartsDir + "/" + item.name) }
        return log
    }

    /// A `file://` repository as a path, relative ones taken from the chart's folder.
    func localPath(_ repository: String) throws -> String {
        let rest = String(repository.dropFirst("file://".count))
        let path = rest.hasPrefix("/") ? rest : chartPath + "/" + rest
        guard FileManager.default.fileExists(atPath: path) else {
            throw RepositoryError("directory \(path) not found")
        }
        return path
    }
}
