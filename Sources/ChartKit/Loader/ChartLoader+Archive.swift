import Archive
import Foundation

extension ChartLoader {
    /// Unpacks a `.tgz` chart into its files (the top folder dropped), through the Archive target.
    public static func unpack(_ bytes: [UInt8]) throws -> [ChartFile] {
        try ChartArchive.read(bytes).map {
            ChartFile(name: $0.name, data: $0.data, modified: Date(timeIntervalSince1970: TimeInterval($0.modified)))
        }
    }

    /// Loads a chart archive file as Helm's `LoadFile`; `dispatchOnAPIVersion: false` skips v4's
    /// apiVersion dispatch, as the v2 loader that `helm show` calls does.
    public static func load(archive path: String, dispatchOnAPIVersion: Bool = true) throws -> Chart {
        var log: [String] = []
        return try load(archive: path, dispatchOnAPIVersion: dispatchOnAPIVersion, log: &log)
    }

    /// `load(archive:)`; `log` receives the loader's lines (requirements.yaml in a v2 chart).
    public static func load(archive path: String, dispatchOnAPIVersion: Bool = true, log: inout [String]) throws -> Chart {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ChartLoadError.message("open \(path): no such file or directory")
        }
        return try load(archiveBytes: Array(data), named: path, dispatchOnAPIVersion: dispatchOnAPIVersion, log: &log)
    }

    /// A chart archive already in memory (downloaded); `path` names it in errors.
    public static func load(archiveBytes bytes: [UInt8], named path: String, dispatchOnAPIVersion: Bool = true,
                            log: inout [String]) throws -> Chart {
        if !(bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B) {
            if path.hasSuffix(".yml") || path.hasSuffix(".yaml") {
                throw ChartLoadError.message("file '\(path)' seems to be a YAML file, but expected a gzipped archive")
            }
            throw ChartLoadError.message("file '\(path)' does not appear to be a gzipped archive; got '\(sniffedContentType(bytes))'")
        }
        let files: [ChartFile]
        do { files = try unpack(bytes) } catch ArchiveError.notGzip {
            throw ChartLoadError.message("file '\(path)' does not appear to be a valid chart file (details: gzip: invalid header)")
        } catch {
            throw ChartLoadError.message("unable to load chart archive")
        }
        guard let head = files.first(where: { $0.name == "Chart.yaml" }) else {
            throw ChartLoadError.message("unable to detect chart version, no Chart.yaml found")
        }
        if dispatchOnAPIVersion { try checkAPIVersion(ofChartYAML: head.data) }
        return try load(files: files, log: &log)
    }

    /// A rough `http.DetectContentType` for the two answers a non-archive usually gets.
    static func sniffedContentType(_ bytes: [UInt8]) -> String {
        let head = bytes.prefix(512)
        let binary = head.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D && $0 != 0x1B }
        return binary ? "application/octet-stream" : "text/plain; charset=utf-8"
    }
}
