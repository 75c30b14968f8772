import Archive
import Foundation

extension ChartLoader {
    /// Unpacks a `.tgz` chart into its files (the top folder dropped), through the Archive target.
    public static func unpack(_ bytes: [UInt8]) throws -> [ChartFile] {
        try ChartArchive.read(bytes).map {
            ChartFile(name: $0.name, data: $0.data, modified: Date(timeIntervalSince1970: TimeInterval($0.modified)))
        }
    }

    /// Loads a chart archive file as Helm's `LoadFile`.
    public static func load(archive path: String) throws -> Chart {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ChartLoadError.message("open \(path): no such file or directory")
        }
        let files: [ChartFile]
        do { files = try unpack(Array(data)) } catch ArchiveError.notGzip {
            throw ChartLoadError.message("file '\(path)' does not appear to be a valid chart file (details: gzip: invalid header)")
        } catch {
            throw ChartLoadError.message("unable to load chart archive")
        }
        guard let head = files.first(where: { $0.name == "Chart.yaml" }) else {
            throw ChartLoadError.message("unable to detect chart version, no Chart.yaml found")
        }
        try checkAPIVersion(ofChartYAML: head.data)
        return try load(files: files)
    }
}
