import Foundation

/// `--output-dir`: writes each document under the directory, appending when a file
/// was already written in this run, and logs `wrote PATH` as Helm prints it.
final class OutputWriter {
    let directory: String
    private var written: Set<String> = []
    /// The `wrote ...` lines, in order.
    private(set) var log = ""

    init(directory: String) { self.directory = directory }

    /// Writes under `directory`, or under `base` when given (Helm writes CRDs there even with `--release-name`).
    func write(name: String, data: String, appendIfExists: Bool = false, base: String? = nil) throws {
        let path = (base ?? directory) + "/" + name
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = Data("---\n# Source: \(name)\n\(data)\n".utf8)
        let exists = FileManager.default.fileExists(atPath: path)
        if written.contains(name) || (appendIfExists && exists) {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: text)
        } else {
            try text.write(to: URL(fileURLWithPath: path))
        }
        written.insert(name)
        log += "wrote \(path)\n"
    }
}
