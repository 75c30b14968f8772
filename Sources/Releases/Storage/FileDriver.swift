import Foundation

/// Keeps each revision as `<root>/<namespace>/<name>/<revision>.json`, written
/// atomically (temporary file, fsync, rename, fsync of the folder) so a process killed
/// at any instant leaves every revision either whole or absent.
public final class FileDriver: ReleaseDriver, @unchecked Sendable {
    /// The `releases` folder (`$CHART_HOME/releases`).
    public let root: String
    /// Test seam: when it returns true for a revision path, the write stops halfway and throws.
    public var writeFault: (@Sendable (String) -> Bool)?

    public init(root: String) { self.root = root }

    /// `$CHART_HOME/releases`, `CHART_HOME` defaulting to `~/.local/share/chart`.
    public static func defaultRoot(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["CHART_HOME"], !home.isEmpty { return home + "/releases" }
        let user = environment["HOME"] ?? NSHomeDirectory()
        return user + "/.local/share/chart/releases"
    }

    /// Names become path components, so nothing that could leave the store is accepted
    /// (`status ../../x` or `-n ..` must not read or write elsewhere).
    static func check(_ parts: String...) throws {
        for part in parts where part.isEmpty || part == "." || part == ".." || part.contains("/") || part.contains("\0") {
            throw StorageError.io(path: part, detail: "not a valid release name or namespace")
        }
    }

    func folder(_ namespace: String, _ name: String) -> String { "\(root)/\(namespace)/\(name)" }
    func path(_ namespace: String, _ name: String, _ version: Int) -> String { "\(folder(namespace, name))/\(version).json" }

    public func versions(namespace: String, name: String) throws -> [Int] {
        try Self.check(namespace, name)
        return Self.entries(folder(namespace, name)).compactMap(Self.version(ofFile:)).sorted()
    }

    /// `12.json` → 12; anything else (temporary files, the lock) → nil.
    static func version(ofFile file: String) -> Int? {
        guard file.hasSuffix(".json") else { return nil }
        let stem = file.dropLast(5)
        guard !stem.isEmpty, stem.allSatisfy(\.isASCII), stem.allSatisfy(\.isNumber), let v = Int(stem) else { return nil }
        return v
    }

    public func get(namespace: String, name: String, version: Int) throws -> Release {
        try Self.check(namespace, name)
        let file = path(namespace, name, version)
        guard let data = FileManager.default.contents(atPath: file) else { throw StorageError.notFound }
        do {
            let release = try Release(jsonText: String(decoding: data, as: UTF8.self))
            guard release.name == name, release.namespace == namespace, release.version == version else {
                throw Release.DecodeError(description: "it records \(release.namespace)/\(release.name) revision \(release.version)")
            }
            return release
        } catch {
            throw StorageError.corrupted(path: file, detail: "\(error)")
        }
    }

    public func summary(namespace: String, name: String, version: Int) throws -> Release {
        try Self.check(namespace, name)
        let file = path(namespace, name, version)
        guard let data = FileManager.default.contents(atPath: file) else { throw StorageError.notFound }
        do {
            return try Release(summaryJSON: data)
        } catch {
            throw StorageError.corrupted(path: file, detail: "\(error)")
        }
    }

    public func create(_ release: Release) throws {
        try Self.check(release.namespace, release.name)
        let file = path(release.namespace, release.name, release.version)
        if FileManager.default.fileExists(atPath: file) {
            throw StorageError.alreadyExists(name: release.name, version: release.version)
        }
        try write(release, to: file)
    }

    public func update(_ release: Release) throws {
        try Self.check(release.namespace, release.name)
        let file = path(release.namespace, release.name, release.version)
        guard FileManager.default.fileExists(atPath: file) else { throw StorageError.notFound }
        try write(release, to: file)
    }

    public func delete(namespace: String, name: String, version: Int) throws {
        try Self.check(namespace, name)
        let file = path(namespace, name, version)
        guard unlink(file) == 0 else {
            if errno == ENOENT { throw StorageError.notFound }
            throw StorageError.io(path: file, detail: String(cString: strerror(errno)))
        }
        Self.syncFolder(folder(namespace, name))
    }

    /// Every release folder; a folder left with only its lock (a purged release) is
    /// included, and the store skips it when it finds no revisions.
    public func releaseNames(namespace: String?) throws -> [ReleaseKey] {
        if let namespace { try Self.check(namespace) }
        let namespaces = namespace.map { [$0] } ?? Self.entries(root).sorted()
        var keys: [ReleaseKey] = []
        for ns in namespaces {
            for name in Self.entries("\(root)/\(ns)").sorted() where !name.hasPrefix(".") {
                keys.append(ReleaseKey(namespace: ns, name: name))
            }
        }
        return keys
    }

    /// A folder's entry names (not `.`/`..`); empty when it cannot be read. readdir
    /// directly: `list -A` reads thousands of folders.
    static func entries(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func lock(namespace: String, name: String) throws -> ReleaseLock {
        try Self.check(namespace, name)
        let dir = folder(namespace, name)
        try Self.makeFolder(dir)
        let lockPath = dir + "/.lock"
        let fd = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StorageError.io(path: lockPath, detail: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let e = errno
            close(fd)
            if e == EWOULDBLOCK { throw StorageError.inProgress }
            throw StorageError.io(path: lockPath, detail: String(cString: strerror(e)))
        }
        return ReleaseLock {
            flock(fd, LOCK_UN)
            close(fd)
        }
    }

    // MARK: atomic writes

    private func write(_ release: Release, to file: String) throws {
        let dir = (file as NSString).deletingLastPathComponent
        try Self.makeFolder(dir)
        let bytes = Array((try release.jsonText() + "\n").utf8)
        let temp = "\(dir)/.\((file as NSString).lastPathComponent).\(getpid()).tmp"
        let fd = open(temp, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StorageError.io(path: temp, detail: String(cString: strerror(errno))) }
        var ok = false
        defer {
            close(fd)
            if !ok { unlink(temp) }
        }
        let fault = writeFault?(file) ?? false
        let count = fault ? bytes.count / 2 : bytes.count
        var written = 0
        while written < count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + written, count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StorageError.io(path: temp, detail: String(cString: strerror(errno)))
            }
            written += n
        }
        if fault { throw StorageError.io(path: temp, detail: "injected write failure") }
        guard fsync(fd) == 0 else { throw StorageError.io(path: temp, detail: String(cString: strerror(errno))) }
        guard rename(temp, file) == 0 else { throw StorageError.io(path: file, detail: String(cString: strerror(errno))) }
        ok = true
        Self.syncFolder(dir)
    }

    static func makeFolder(_ dir: String) throws {
        do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
            throw StorageError.io(path: dir, detail: "\(error)")
        }
    }

    /// Makes a rename or unlink durable: fsync of the folder itself.
    static func syncFolder(_ dir: String) {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
