import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A blocking HTTP/1.0 GET over a plain socket, for `http://` repositories.
///
/// Plain HTTP (the common case for local and test repositories) needs no libcurl;
/// https:// goes through the CCurl loader.
enum PlainHTTP {
    /// Fetches `url` and returns the status code and body; follows no redirects.
    static func get(_ url: URL, userAgent: String) throws -> (status: Int, reason: String, body: [UInt8]) {
        guard let host = url.host else { throw RepositoryError("invalid chart URL format: \(url)") }
        let port = url.port ?? 80
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw RepositoryError("Get \"\(url.absoluteString)\": dial tcp: lookup \(host): no such host")
        }
        defer { freeaddrinfo(list) }
        var fd: Int32 = -1
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            if fd >= 0 {
                if connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { break }
                close(fd)
                fd = -1
            }
            cursor = info.pointee.ai_next
        }
        guard fd >= 0 else {
            throw RepositoryError("Get \"\(url.absoluteString)\": dial tcp \(host):\(port): connect: connection refused")
        }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var path = url.path.isEmpty ? "/" : url.path
        if let query = url.query { path += "?" + query }
        let request = "GET \(path) HTTP/1.0\r\nHost: \(host):\(port)\r\nUser-Agent: \(userAgent)\r\nAccept: */*\r\n\r\n"
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { throw RepositoryError("Get \"\(url.absoluteString)\": write failed") }
            sent += n
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n == 0 { break }
            if n < 0 { throw RepositoryError("Get \"\(url.absoluteString)\": read failed") }
            response.append(contentsOf: buffer[0..<n])
            if response.count > 200 * 1024 * 1024 { throw RepositoryError("Get \"\(url.absoluteString)\": response too large") }
        }
        guard let end = headerEnd(response) else { throw RepositoryError("Get \"\(url.absoluteString)\": malformed HTTP response") }
        let head = String(decoding: response[..<end], as: UTF8.self)
        let statusLine = head.split(separator: "\r\n").first ?? ""
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, let status = Int(parts[1]) else {
            throw RepositoryError("Get \"\(url.absoluteString)\": malformed HTTP response")
        }
        return (status, parts.count > 2 ? String(parts[2]) : "", Array(response[(end + 4)...]))
    }

    private static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
            return i
        }
        return nil
    }
}
