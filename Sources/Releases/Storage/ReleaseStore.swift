/// Helm's `storage.Storage`: the policy over a driver (latest revision, deployed
/// revision, history limit) and the per-release lock every write goes through.
public struct ReleaseStore: Sendable {
    public let driver: any ReleaseDriver
    /// Revisions kept per release (`--history-max`); 0 means no limit.
    public var maxHistory: Int

    public init(driver: any ReleaseDriver, maxHistory: Int = 10) {
        self.driver = driver
        self.maxHistory = maxHistory
    }

    /// Every revision of a release, oldest first; `notFound` when there is none.
    public func history(namespace: String, name: String) throws -> [Release] {
        let versions = try driver.versions(namespace: namespace, name: name)
        if versions.isEmpty { throw StorageError.notFound }
        return try versions.map { try driver.get(namespace: namespace, name: name, version: $0) }
    }

    /// The highest revision.
    public func last(namespace: String, name: String) throws -> Release {
        guard let v = try driver.versions(namespace: namespace, name: name).last else { throw StorageError.notFound }
        return try driver.get(namespace: namespace, name: name, version: v)
    }

    /// One revision; `version` 0 means the last.
    public func get(namespace: String, name: String, version: Int) throws -> Release {
        if version <= 0 { return try last(namespace: namespace, name: name) }
        return try driver.get(namespace: namespace, name: name, version: version)
    }

    /// Every deployed revision, newest first (normally one).
    public func deployedAll(namespace: String, name: String) throws -> [Release] {
        let all = try history(namespace: namespace, name: name).filter { $0.info.status == .deployed }
        if all.isEmpty { throw StorageError.noDeployedReleases(name: name) }
        return all.reversed()
    }

    /// The newest deployed revision.
    public func deployed(namespace: String, name: String) throws -> Release {
        try deployedAll(namespace: namespace, name: name)[0]
    }

    /// Stores a new revision after pruning the history down to `maxHistory - 1`.
    public func create(_ release: Release) throws {
        if maxHistory > 0 { try prune(namespace: release.namespace, name: release.name, keep: maxHistory - 1) }
        try driver.create(release)
    }

    /// Rewrites a stored revision (status and description changes).
    public func update(_ release: Release) throws { try driver.update(release) }

    /// Helm's `removeLeastRecent`: deletes the oldest revisions, never the deployed one.
    func prune(namespace: String, name: String, keep: Int) throws {
        let versions = try driver.versions(namespace: namespace, name: name)
        guard versions.count > keep else { return }
        let deployed = try? deployed(namespace: namespace, name: name)
        var remaining = versions.count
        for v in versions where remaining > keep {
            if v == deployed?.version { continue }
            try driver.delete(namespace: namespace, name: name, version: v)
            remaining -= 1
        }
    }

    /// The latest revision of every release in `namespace` (nil: all namespaces), as
    /// listing summaries (chart metadata only).
    public func latest(namespace: String?) throws -> [Release] {
        try driver.releaseNames(namespace: namespace).compactMap { key in
            guard let v = try driver.versions(namespace: key.namespace, name: key.name).last else { return nil }
            return try driver.summary(namespace: key.namespace, name: key.name, version: v)
        }
    }

    /// Every revision of every release in `namespace` (nil: all namespaces), as listing summaries.
    public func all(namespace: String?) throws -> [Release] {
        try driver.releaseNames(namespace: namespace).flatMap { key in
            try driver.versions(namespace: key.namespace, name: key.name).map {
                try driver.summary(namespace: key.namespace, name: key.name, version: $0)
            }
        }
    }

    /// Takes the release's exclusive lock (held for the length of one operation).
    public func lock(namespace: String, name: String) throws -> ReleaseLock {
        try driver.lock(namespace: namespace, name: name)
    }
}
