import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoValue
import YAML

/// Loads charts the way Helm does, in two steps: a folder (or archive) becomes a
/// list of files, and the list of files becomes a `Chart`.
public enum ChartLoader {
    /// Helm's cap on one file of a chart (`MaxDecompressedFileSize`).
    public static let maxFileSize = 5 * 1024 * 1024

    /// Loads the chart in the folder at `path` (subcharts included).
    public static func load(directory path: String) throws(ChartLoadError) -> Chart {
        var log: [String] = []
        return try load(directory: path, log: &log)
    }

    /// Loads the chart in the folder at `path`; `log` receives Helm's INFO lines (symbolic links followed).
    public static func load(directory path: String, log: inout [String]) throws(ChartLoadError) -> Chart {
        let root = URL(fileURLWithPath: path).standardizedFileURL.path
        let chartYAML = root + "/Chart.yaml"
        guard let head = FileManager.default.contents(atPath: chartYAML) else {
            throw .message("unable to detect chart at \(chartYAML): open \(chartYAML): no such file or directory")
        }
        try checkAPIVersion(ofChartYAML: Array(head))
        let files = try readDirectory(root, log: &log)
        return try load(files: files, log: &log)
    }

    /// Loads a chart folder or `.tgz` archive path as `helm template` does.
    public static func load(path: String) throws -> Chart {
        var log: [String] = []
        return try load(path: path, log: &log)
    }

    /// Loads a chart folder or `.tgz` archive path; `log` receives Helm's INFO lines.
    public static func load(path: String, log: inout [String]) throws -> Chart {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return try load(reference: path, log: &log)
        }
        if isDirectory.boolValue { return try load(directory: path, log: &log) }
        return try load(archive: URL(fileURLWithPath: path).standardizedFileURL.path, log: &log)
    }

    /// The v4 dispatch on `apiVersion` before the v2 loader runs.
    static func checkAPIVersion(ofChartYAML data: [UInt8]) throws(ChartLoadError) {
        let decoded: GoValue
        do { decoded = try HelmYAML.decode(String(decoding: stripBOM(data), as: UTF8.self), fileName: "Chart.yaml") } catch {
            throw .message("cannot load Chart.yaml: \(error)")
        }
        let apiVersion = decoded.mapValue?["apiVersion"].flatMap { $0.stringValue } ?? ""
        switch apiVersion {
        case "", "v1", "v2": return
        case "v3": throw .message("invalid chart apiVersion")
        default: throw .message("unsupported chart version")
        }
    }

    static func stripBOM(_ data: [UInt8]) -> [UInt8] {
        data.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(data.dropFirst(3)) : data
    }

    /// Reads every file of the chart folder at `root` that `.helmignore` keeps, in Go's walk order.
    public static func readDirectory(_ root: String) throws(ChartLoadError) -> [ChartFile] {
        var log: [String] = []
        return try readDirectory(root, log: &log)
    }

    /// Reads the chart folder's files; `log` receives a line per symbolic link followed, as Helm logs it.
    public static func readDirectory(_ root: String, log: inout [String]) throws(ChartLoadError) -> [ChartFile] {
        var rules = HelmIgnore()
        if let text = FileManager.default.contents(atPath: root + "/.helmignore") {
            rules = try HelmIgnore(text: String(decoding: text, as: UTF8.self))
        }
        rules.addDefaults()
        var files: [ChartFile] = []
        try walk(root: root, relative: "", rules: rules, into: &files, log: &log)
        return files
    }

    private static func walk(root: String, relative: String, rules: HelmIgnore, into files: inout [ChartFile],
                             log: inout [String]) throws(ChartLoadError) {
        let dir = relative.isEmpty ? root : root + "/" + relative
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: dir) } catch {
            throw .message("open \(dir): permission denied")
        }
        for name in names.sorted(by: goStringLess) {
            let rel = relative.isEmpty ? name : relative + "/" + name
            let full = root + "/" + rel
            // One lstat per entry (and a stat for links): a chart's files are walked on every render.
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK {
                let resolved = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                guard stat(full, &info) == 0 else {
                    throw .message("error evaluating symlink \(full): lstat \(firstMissing(linkAt: full)): no such file or directory")
                }
                log.append("level=INFO msg=\"found symbolic link in path. Contents of linked file included and used\" path=\(logValue(full)) resolved=\(logValue(resolved))")
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                if rules.ignores(rel, isDirectory: true) { continue }
                try walk(root: root, relative: rel, rules: rules, into: &files, log: &log)
                continue
            }
            if rules.ignores(rel, isDirectory: false) { continue }
            if info.st_mode & S_IFMT != S_IFREG {
                throw .message("cannot load irregular file \(full) as it has file mode type bits set")
            }
            if Int(info.st_size) > maxFileSize {
                throw .message("chart file \"\(name)\" is larger than the maximum file size \(maxFileSize)")
            }
            guard let data = readFile(full, size: Int(info.st_size)) else {
                throw .message("error reading \(rel): permission denied")
            }
            #if canImport(Darwin)
            let stamp = info.st_mtimespec
            #else
            let stamp = info.st_mtim
            #endif
            let modified = Date(timeIntervalSince1970: Double(stamp.tv_sec) + Double(stamp.tv_nsec) / 1e9)
            files.append(ChartFile(name: rel, data: stripBOM(data), modified: modified))
        }
    }

    /// A file's bytes read straight into an array (Foundation's `contents` costs a second copy
    /// and more system calls); `size` is what stat said, a hint only.
    static func readFile(_ path: String, size: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// The first path that does not exist on the way to a dangling link's target (Go's `EvalSymlinks` error).
    static func firstMissing(linkAt path: String) -> String {
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
        let base = target.hasPrefix("/") ? URL(fileURLWithPath: target)
            : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(target)
        var current = ""
        for part in base.standardizedFileURL.pathComponents where part != "/" {
            current += "/" + part
            if !FileManager.default.fileExists(atPath: current) { return current }
        }
        return current
    }

    /// slog's text handler quotes values holding spaces, quotes, `=` or control characters.
    static func logValue(_ s: String) -> String {
        let needsQuote = s.isEmpty || s.unicodeScalars.contains { $0 == " " || $0 == "\"" || $0 == "=" || $0.value < 0x21 || $0.value == 0x7F }
        return needsQuote ? goQuote(s) : s
    }
}
