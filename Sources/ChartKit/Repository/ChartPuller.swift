import Archive
import Foundation

/// `helm pull NAME --repo URL`: fetches one chart archive, optionally unpacked.
public struct ChartPuller {
    public var repoURL: String
    public var version = ""
    public var untar = false
    /// Where the archive (or the unpacked folder) goes.
    public var destination = "."
    /// With `untar`, the folder the chart is unpacked into (Helm's `--untardir`).
    public var untarDirectory = "."
    public var client = RepositoryClient()

    public init(repoURL: String) { self.repoURL = repoURL }

    /// Downloads `name` and returns the path written.
    @discardableResult
    public func pull(_ name: String) throws -> String {
        let (entry, bytes) = try client.download(name, version: version, repoURL: repoURL)
        let fm = FileManager.default
        try fm.createDirectory(atPath: destination, withIntermediateDirectories: true)
        let archiveName = URL(string: try client.archiveURL(of: entry, repoURL: repoURL))?.lastPathComponent ?? "\(entry.name)-\(entry.version).tgz"
        if !untar {
            let path = destination + "/" + archiveName
            try Self.writeAtomically(bytes, to: path)
            return path
        }
        let files = try ChartArchive.read(bytes)
        let root = (untarDirectory.hasPrefix("/") ? untarDirectory : destination + "/" + untarDirectory) + "/" + entry.name
        if fm.fileExists(atPath: root) {
            throw RepositoryError("failed to untar: a file or directory with the name \(root) already exists")
        }
        let staging = root + ".pulling-\(ProcessInfo.processInfo.processIdentifier)"
        try? fm.removeItem(atPath: staging)
        do {
            for file in files {
                let path = staging + "/" + file.name
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.data).write(to: URL(fileURLWithPath: path))
            }
            try fm.moveItem(atPath: staging, toPath: root)
        } catch {
            try? fm.removeItem(atPath: staging)
            throw error
        }
        return root
    }

    /// Writes beside the target and renames, so no half-written archive is ever visible.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".part-\(ProcessInfo.processInfo.processIdentifier)"
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw RepositoryError("cannot rename \(temporary) to \(path)")
        }
    }
}
