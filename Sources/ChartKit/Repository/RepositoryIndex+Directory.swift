
import Foundation

extension RepositoryIndex {
    /// `helm repo index DIR`: every `*.tgz` in `directory` and its immediate subfolders,
    /// with a SHA-256 digest and a URL under `baseURL`.
    public static func index(directory: String, baseURL: String, now: Date = Date()) throws -> RepositoryIndex {
        var index = RepositoryIndex()
        let fm = FileManager.default
        var archives: [String] = []
        let top = (try? fm.contentsOfDirectory(atPath: directory)) ?? []
        for name in top.sorted() where name.hasSuffix(".tgz") { archives.append(name) }
        for name in top.sorted() {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for inner in ((try? fm.contentsOfDirectory(atPath: directory + "/" + name)) ?? []).sorted() where inner.hasSuffix(".tgz") {
                archives.append(name + "/" + inner)
            }
        }
        for file in archives {
            let path = directory + "/" + file
            let chart: Chart
            do { chart = try ChartLoader.load(archive: path) } catch {
                continue
            }
            if index.has(chart.name, version: chart.metadata.version) { continue }
            guard let data = fm.contents(atPath: path) else { continue }
            index.add(chart.metadata, fileName: file, baseURL: baseURL, digest: sha256Hex(Array(data)), created: now)
        }
        index.generated = GoTime.rfc3339Nano(now)
        index.sortEntries()
        return index
    }

    /// Lower-case hex SHA-256, as Helm's `provenance.Digest`.
    static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256Digest.hex(bytes)
    }
}
