import Foundation

/// Keeps revisions in memory: the driver every action test uses.
public final class MemoryDriver: ReleaseDriver, @unchecked Sendable {
    private let mutex = NSLock()
    private var releases: [ReleaseKey: [Int: Release]] = [:]
    private var locked: Set<ReleaseKey> = []

    public init() {}

    private func sync<T>(_ body: () throws -> T) rethrows -> T {
        mutex.lock()
        defer { mutex.unlock() }
        return try body()
    }

    public func versions(namespace: String, name: String) throws -> [Int] {
        sync { (releases[ReleaseKey(namespace: namespace, name: name)] ?? [:]).keys.sorted() }
    }

    public func get(namespace: String, name: String, version: Int) throws -> Release {
        try sync {
            guard let r = releases[ReleaseKey(namespace: namespace, name: name)]?[version] else { throw StorageError.notFound }
            return r
        }
    }

    public func create(_ release: Release) throws {
        try sync {
            let key = ReleaseKey(namespace: release.namespace, name: release.name)
            if releases[key]?[release.version] != nil {
                throw StorageError.alreadyExists(name: release.name, version: release.version)
            }
            releases[key, default: [:]][release.version] = release
        }
    }

    public func update(_ release: Release) throws {
        try sync {
            let key = ReleaseKey(namespace: release.namespace, name: release.name)
            guard releases[key]?[release.version] != nil else { throw StorageError.notFound }
            releases[key]?[release.version] = release
        }
    }

    public func delete(namespace: String, name: String, version: Int) throws {
        try sync {
            let key = ReleaseKey(namespace: namespace, name: name)
            guard releases[key]?.removeValue(forKey: version) != nil else { throw StorageError.notFound }
            if releases[key]?.isEmpty == true { releases[key] = nil }
        }
    }

    public func releaseNames(namespace: String?) throws -> [ReleaseKey] {
        sync { releases.keys.filter { namespace == nil || $0.namespace == namespace }.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) } }
    }

    public func lock(namespace: String, name: String) throws -> ReleaseLock {
        let key = ReleaseKey(namespace: namespace, name: name)
        try sync {
            if locked.contains(key) { throw StorageError.inProgress }
            locked.insert(key)
        }
        return ReleaseLock { [self] in _ = sync { locked.remove(key) } }
    }
}
