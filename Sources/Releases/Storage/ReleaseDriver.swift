/// Where revisions live. Small on purpose: policy (latest, deployed, pruning, locking
/// order) sits in `ReleaseStore` above it, as Helm keeps it in `storage.Storage`.
public protocol ReleaseDriver: Sendable {
    /// The revision numbers stored for one release, ascending; empty when none.
    func versions(namespace: String, name: String) throws -> [Int]
    /// One revision; `StorageError.notFound` when absent.
    func get(namespace: String, name: String, version: Int) throws -> Release
    /// Stores a new revision; `StorageError.alreadyExists` when its number is taken.
    func create(_ release: Release) throws
    /// Replaces a stored revision; `StorageError.notFound` when absent.
    func update(_ release: Release) throws
    /// Removes one revision.
    func delete(namespace: String, name: String, version: Int) throws
    /// Every release in `namespace` or in all of them (nil); may include releases whose
    /// revisions were all deleted (`versions` is then empty).
    func releaseNames(namespace: String?) throws -> [ReleaseKey]
    /// One revision with only what listings print (name, revision, info, chart metadata).
    func summary(namespace: String, name: String, version: Int) throws -> Release
    /// Takes the release's exclusive lock, or throws `StorageError.inProgress`.
    func lock(namespace: String, name: String) throws -> ReleaseLock
}

extension ReleaseDriver {
    /// Drivers without a cheaper path return the whole revision.
    public func summary(namespace: String, name: String, version: Int) throws -> Release {
        try get(namespace: namespace, name: name, version: version)
    }
}
