import CCurl
import Foundation

/// Reads chart repositories over HTTP(S) or from `file://` URLs.
public struct RepositoryClient: Sendable {
    public init() {}

    /// The bytes at `url`; an HTTP status other than 200 is an error, as in Helm's getter.
    public func get(_ url: String) throws -> [UInt8] {
        guard let target = URL(string: url) else { throw RepositoryError("invalid chart URL format: \(url)") }
        if target.isFileURL {
            guard let data = FileManager.default.contents(atPath: target.path) else {
                throw RepositoryError("open \(target.path): no such file or directory")
            }
            return Array(data)
        }
        let response: (status: Int, reason: String, body: [UInt8])
        switch target.scheme {
        case "http": response = try PlainHTTP.get(target, userAgent: Self.userAgent)
        case "https": response = try Self.curlGet(url)
        default: throw RepositoryError("could not find protocol handler for: \(target.scheme ?? "")")
        }
        guard response.status == 200 else {
            // Go prints the status line as the server sent it ("404 File not found").
            throw RepositoryError("failed to fetch \(url) : \(response.status) \(response.reason)")
        }
        return response.body
    }

    /// Helm's getter sends its own version; servers that log agents see a Helm client.
    static let userAgent = "Helm/4.1.4"
    /// The largest response read, like the cap on an archive's decompressed size.
    static let maxResponseBytes = 200 * 1024 * 1024

    private static func curlGet(_ url: String) throws -> (status: Int, reason: String, body: [UInt8]) {
        var response = ccurl_response()
        defer { ccurl_response_free(&response) }
        let failed = ccurl_get(url, userAgent, maxResponseBytes, &response) != 0
        if failed {
            let message = withUnsafeBytes(of: response.error) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            throw RepositoryError("Get \"\(url)\": \(message)")
        }
        let body = response.body.map { Array(UnsafeBufferPointer(start: $0, count: response.length)) } ?? []
        let reason = response.reason.map { String(cString: $0) } ?? ""
        return (response.status, reason, body)
    }

    /// The repository's index.yaml (`<repoURL>/index.yaml`).
    public func index(of repoURL: String) throws -> RepositoryIndex {
        let base = repoURL.hasSuffix("/") ? String(repoURL.dropLast()) : repoURL
        let bytes: [UInt8]
        do { bytes = try get(base + "/index.yaml") } catch {
            throw RepositoryError("looks like \"\(repoURL)\" is not a valid chart repository or cannot be reached: \(error)")
        }
        return try RepositoryIndex(yaml: String(decoding: bytes, as: UTF8.self))
    }

    /// The absolute URL of an entry's first archive, resolved against the repository URL.
    public func archiveURL(of entry: RepositoryIndex.Entry, repoURL: String) throws -> String {
        guard let first = entry.urls.first else {
            throw RepositoryError("chart \"\(entry.name)\" version \"\(entry.version)\" has no downloadable URLs")
        }
        if first.contains("://") { return first }
        let base = repoURL.hasSuffix("/") ? repoURL : repoURL + "/"
        guard let resolved = URL(string: first, relativeTo: URL(string: base)) else {
            throw RepositoryError("invalid chart URL format: \(first)")
        }
        return resolved.absoluteString
    }

    /// Downloads `name` at the newest version matching `version` from the repository at `repoURL`.
    public func download(_ name: String, version: String, repoURL: String) throws -> (entry: RepositoryIndex.Entry, bytes: [UInt8]) {
        let index = try index(of: repoURL)
        let entry: RepositoryIndex.Entry?
        do { entry = try index.best(name, constraint: version) } catch {
            throw RepositoryError("chart \"\(name)\" not found in \(repoURL) repository")
        }
        guard let entry else {
            throw RepositoryError("chart \"\(name)\" version \"\(version)\" not found in \(repoURL) repository")
        }
        return (entry, try get(try archiveURL(of: entry, repoURL: repoURL)))
    }
}
