/// Storage failures, worded as Helm words them where Helm has a sentinel.
public enum StorageError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Helm's `driver.ErrReleaseNotFound`.
    case notFound
    /// Helm's `driver.ErrReleaseExists`: a revision with this number is already stored.
    case alreadyExists(name: String, version: Int)
    /// Helm's `driver.ErrNoDeployedReleases`, wrapped with the release name.
    case noDeployedReleases(name: String)
    /// Another process holds the release's lock, or its last revision is pending.
    case inProgress
    /// A revision file that cannot be read as a release.
    case corrupted(path: String, detail: String)
    /// A file system failure.
    case io(path: String, detail: String)

    public var description: String {
        switch self {
        case .notFound: return "release: not found"
        case .alreadyExists: return "release: already exists"
        case .noDeployedReleases(let name): return "\"\(name)\" has no deployed releases"
        case .inProgress: return "another operation (install/upgrade/rollback) is in progress"
        case .corrupted(let path, let detail): return "release file \(path) is corrupted: \(detail)"
        case .io(let path, let detail): return "\(path): \(detail)"
        }
    }
}
