import Archive
import Foundation
import Sprig

extension DependencyManager {
    /// One row of `helm dependency list`.
    public struct Status: Sendable, Equatable {
        public var name: String
        public var version: String
        public var repository: String
        /// ok, missing, unpacked, wrong version, misnamed, corrupt, invalid version, too many matches.
        public var status: String
    }

    /// The status of every dependency, as Helm's `dependencyStatus` judges it.
    public func list() throws -> (rows: [Status], warnings: [String]) {
        let chart = try ChartLoader.load(directory: chartPath)
        let chartsDir = chartPath + "/charts"
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: chartsDir)) ?? []).sorted()
        var rows: [Status] = []
        for dep in chart.metadata.dependencies {
            rows.append(Status(name: dep.name, version: dep.version, repository: dep.repository,
                               status: status(of: dep, in: chart, present: present)))
        }
        var warnings: [String] = []
        for file in present {
            let path = chartsDir + "/" + file
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            guard isDirectory.boolValue || file.hasSuffix(".tgz") else { continue }
            guard let sub = try? ChartLoader.load(path: path) else { continue }
            if !chart.metadata.dependencies.contains(where: { $0.name == sub.name }) {
                warnings.append("WARNING: \"\(path)\" is not in Chart.yaml.")
            }
        }
        return (rows, warnings)
    }

    private func status(of dep: ChartDependency, in chart: Chart, present: [String]) -> String {
        let archives = present.filter { $0.hasPrefix(dep.name + "-") && $0.hasSuffix(".tgz") }
        func judge(_ file: String) -> String {
            guard let data = FileManager.default.contents(atPath: chartPath + "/charts/" + file),
                  let files = try? ChartLoader.unpack(Array(data)), let loaded = try? ChartLoader.load(files: files) else {
                return "corrupt"
            }
            if loaded.name != dep.name { return "misnamed" }
            return versionCheck(loaded.metadata.version, dep.version) ?? "ok"
        }
        if archives.count == 1 {
            return judge(archives[0])
        } else if archives.count > 1 {
            let versioned = archives.filter { file in
                let v = String(file.dropFirst(dep.name.count + 1).dropLast(4))
                return (try? Sprig.SemanticVersion(strict: v)) != nil
            }
            if versioned.count == 1 { return judge(versioned[0]) }
            if versioned.count > 1 { return "too many matches" }
        }
        guard let sub = chart.dependencies.first(where: { $0.name == dep.name }) else { return "missing" }
        return versionCheck(sub.metadata.version, dep.version) ?? "unpacked"
    }

    private func versionCheck(_ actual: String, _ wanted: String) -> String? {
        if actual == wanted { return nil }
        guard let c = try? SemverConstraint(parsing: wanted), let v = try? Sprig.SemanticVersion(parsing: actual) else {
            return "invalid version"
        }
        return c.isSatisfied(by: v) ? nil : "wrong version"
    }
}
