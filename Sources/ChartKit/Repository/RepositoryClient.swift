import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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
        if target.scheme == "http" {
            let (status, body) = try PlainHTTP.get(target, userAgent: "Helm/4.1.4")
            guard status == 200 else {
                throw RepositoryError("failed to fetch \(url) : \(status) \(HTTPURLResponse.localizedString(forStatusCode: status).capitalized)")
            }
            return body
        }
        final class Box: @unchecked Sendable { var result: Result<[UInt8], RepositoryError> = .failure(RepositoryError("no response")) }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        var request = URLRequest(url: target)
        request.setValue("Helm/4.1.4", forHTTPHeaderField: "User-Agent")
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            if let error {
                box.result = .failure(RepositoryError("Get \"\(url)\": \(error.localizedDescription)"))
            } else if let http = response as? HTTPURLResponse, http.statusCode != 200 {
                box.result = .failure(RepositoryError("failed to fetch \(url) : \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode).capitalized)"))
            } else {
                box.result = .success(Array(data ?? Data()))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return try box.result.get()
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
