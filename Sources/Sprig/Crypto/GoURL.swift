#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parts of Go's `net/url.URL` that Sprig's `urlParse` and `urlJoin` read
/// and write, with Go's parsing rules and error messages.
struct GoURL {
    var scheme = ""
    var opaque = ""
    var user: GoUserinfo?
    var host = ""
    var path = ""
    var rawPath = ""
    var omitHost = false
    var forceQuery = false
    var rawQuery = ""
    var fragment = ""
    var rawFragment = ""

    /// Why `url.Parse` refused its input; prints as Go's `*url.Error` does.
    struct ParseError: Error, CustomStringConvertible {
        var input: String
        var reason: String
        var description: String { "parse \(GoURL.quote(input)): \(reason)" }
    }

    /// The escaping contexts of Go's `shouldEscape`.
    enum Mode { case path, pathSegment, host, zone, userPassword, queryComponent, fragment }

    /// `url.Parse`.
    static func parse(_ raw: String) throws(ParseError) -> GoURL {
        let (beforeFragment, fragment) = cut(raw, "#")
        var url: GoURL
        do {
            url = try parseReference(beforeFragment)
        } catch {
            throw ParseError(input: beforeFragment, reason: error.reason)
        }
        guard let fragment, !fragment.isEmpty else { return url }
        do {
            url.fragment = try unescape(fragment, .fragment)
            url.rawFragment = escape(url.fragment, .fragment) == fragment ? "" : fragment
        } catch {
            throw ParseError(input: raw, reason: error.reason)
        }
        return url
    }

    /// A failure inside parsing, before Go wraps it with the input.
    struct Failure: Error { var reason: String }

    private static func parseReference(_ raw: String) throws(Failure) -> GoURL {
        if raw.utf8.contains(where: { $0 < 0x20 || $0 == 0x7f }) {
            throw Failure(reason: "net/url: invalid control character in URL")
        }
        var url = GoURL()
        if raw == "*" {
            url.path = "*"
            return url
        }
        var rest: String
        (url.scheme, rest) = try scheme(of: raw)
        url.scheme = url.scheme.lowercased()
        if rest.hasSuffix("?") && rest.utf8.filter({ $0 == UInt8(ascii: "?") }).count == 1 {
            url.forceQuery = true
            rest.removeLast()
        } else {
            let (before, query) = cut(rest, "?")
            rest = before
            url.rawQuery = query ?? ""
        }
        if !rest.hasPrefix("/") {
            if !url.scheme.isEmpty {
                url.opaque = rest
                return url
            }
            if cut(rest, "/").0.contains(":") {
                throw Failure(reason: "first path segment in URL cannot contain colon")
            }
        }
        if (!url.scheme.isEmpty || !rest.hasPrefix("///")) && rest.hasPrefix("//") {
            var authority = String(rest.dropFirst(2))
            rest = ""
            if let slash = authority.firstIndex(of: "/") {
                rest = String(authority[slash...])
                authority = String(authority[..<slash])
            }
            (url.user, url.host) = try parseAuthority(authority)
        } else if !url.scheme.isEmpty && rest.hasPrefix("/") {
            url.omitHost = true
        }
        url.path = try unescape(rest, .path)
        url.rawPath = escape(url.path, .path) == rest ? "" : rest
        return url
    }

    private static func scheme(of raw: String) throws(Failure) -> (String, String) {
        let bytes = Array(raw.utf8)
        for (i, c) in bytes.enumerated() {
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if i == 0 { return ("", raw) }
            case UInt8(ascii: ":"):
                if i == 0 { throw Failure(reason: "missing protocol scheme") }
                return (String(decoding: bytes[..<i], as: UTF8.self), String(decoding: bytes[(i + 1)...], as: UTF8.self))
            default:
                return ("", raw)
            }
        }
        return ("", raw)
    }

    private static func parseAuthority(_ authority: String) throws(Failure) -> (GoUserinfo?, String) {
        guard let at = authority.lastIndex(of: "@") else {
            return (nil, try parseHost(authority))
        }
        let host = try parseHost(String(authority[authority.index(after: at)...]))
        let info = String(authority[..<at])
        if !validUserinfo(info) { throw Failure(reason: "net/url: invalid userinfo") }
        let (name, password) = cut(info, ":")
        let user = GoUserinfo(username: try unescape(name, .userPassword),
                              password: try password.map { p throws(Failure) in try unescape(p, .userPassword) })
        return (user, host)
    }

    private static func parseHost(_ host: String) throws(Failure) -> String {
        if host.hasPrefix("[") {
            guard let close = host.lastIndex(of: "]") else { throw Failure(reason: "missing ']' in host") }
            let colonPort = String(host[host.index(after: close)...])
            if !validOptionalPort(colonPort) {
                throw Failure(reason: "invalid port \(quote(colonPort)) after host")
            }
            let inside = host[host.index(after: host.startIndex)..<close]
            let literal: String
            if let zone = inside.range(of: "%25") {
                literal = try unescape(String(inside[..<zone.lowerBound]), .host)
                    + unescape(String(inside[zone.lowerBound...]), .zone)
            } else {
                literal = try unescape(String(inside), .host)
            }
            // Only an IPv6 address may stand in brackets (RFC 3986), as Go now checks.
            switch ipLiteralKind(literal) {
            case .v6: return "[" + literal + "]" + colonPort
            case .v4: throw Failure(reason: "invalid IP-literal")
            case .invalid(let why): throw Failure(reason: "invalid host: ParseAddr(\(quote(literal))): \(why)")
            }
        } else if let colon = host.lastIndex(of: ":") {
            let colonPort = String(host[colon...])
            if !validOptionalPort(colonPort) {
                throw Failure(reason: "invalid port \(quote(colonPort)) after host")
            }
        }
        return try unescape(host, .host)
    }

    enum IPLiteralKind { case v4, v6, invalid(String) }

    /// What Go's `netip.ParseAddr` makes of a bracketed host. The reasons for
    /// malformed IPv6 text are Go's most general one; its finer ones are not kept.
    static func ipLiteralKind(_ text: String) -> IPLiteralKind {
        guard let first = text.first(where: { $0 == "." || $0 == ":" || $0 == "%" }) else {
            return .invalid("unable to parse IP")
        }
        switch first {
        case ".":
            var v4 = in_addr()
            return inet_pton(AF_INET, text, &v4) == 1 ? .v4 : .invalid("unable to parse IP")
        case "%":
            return .invalid("missing IPv6 address")
        default:
            var address = Substring(text)
            if let percent = text.firstIndex(of: "%") {
                if text.index(after: percent) == text.endIndex { return .invalid("zone must be a non-empty string") }
                address = text[..<percent]
            }
            var v6 = in6_addr()
            return inet_pton(AF_INET6, String(address), &v6) == 1 ? .v6 : .invalid("unable to parse IP")
        }
    }

    static func validOptionalPort(_ port: String) -> Bool {
        if port.isEmpty { return true }
        guard port.hasPrefix(":") else { return false }
        return port.utf8.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    private static func validUserinfo(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { r in
            if r.isASCII, let c = Character(r).asciiValue, isAlphanumeric(c) { return true }
            return "-._:~!$&'()*+,;=%@".unicodeScalars.contains(r)
        }
    }

    /// `Hostname()`: the host without its port or IPv6 brackets.
    var hostname: String {
        var h = Substring(host)
        if let colon = h.lastIndex(of: ":"), GoURL.validOptionalPort(String(h[colon...])) {
            h = h[..<colon]
        }
        if h.hasPrefix("[") && h.hasSuffix("]") { h = h.dropFirst().dropLast() }
        return String(h)
    }

    /// `String()`: the URL reassembled, escaping what each part needs.
    var string: String {
        var out = ""
        if !scheme.isEmpty { out += scheme + ":" }
        if !opaque.isEmpty {
            out += opaque
        } else {
            if !scheme.isEmpty || !host.isEmpty || user != nil {
                if !(omitHost && host.isEmpty && user == nil) {
                    if !host.isEmpty || !path.isEmpty || user != nil { out += "//" }
                    if let user { out += user.string + "@" }
                    if !host.isEmpty { out += GoURL.escape(host, .host) }
                }
            }
            let escapedPath = self.escapedPath
            if !escapedPath.isEmpty && !escapedPath.hasPrefix("/") && !host.isEmpty { out += "/" }
            if out.isEmpty && GoURL.cut(escapedPath, "/").0.contains(":") { out += "./" }
            out += escapedPath
        }
        if forceQuery || !rawQuery.isEmpty { out += "?" + rawQuery }
        if !fragment.isEmpty { out += "#" + escapedFragment }
        return out
    }

    private var escapedPath: String {
        if !rawPath.isEmpty, GoURL.validEncoded(rawPath, .path),
           let p = try? GoURL.unescape(rawPath, .path), p == path {
            return rawPath
        }
        if path == "*" { return "*" }
        return GoURL.escape(path, .path)
    }

    private var escapedFragment: String {
        if !rawFragment.isEmpty, GoURL.validEncoded(rawFragment, .fragment),
           let f = try? GoURL.unescape(rawFragment, .fragment), f == fragment {
            return rawFragment
        }
        return GoURL.escape(fragment, .fragment)
    }
}
