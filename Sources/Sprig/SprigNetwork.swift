#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GoValue

/// Sprig's network, URL and identifier functions: `getHostByName`, `urlParse`,
/// `urlJoin`, `uuidv4`, `randBytes`, and the path family (registered from here).
enum SprigNetwork {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        var all: [String: GoFunction] = [
            "getHostByName": GoFunction([.string], result: .string) { args in
                guard let address = resolve(MiscArgument.string(args[0])).first else {
                    // Sprig picks `addrs[rand.Intn(len(addrs))]`, which panics on no answer.
                    throw GoCallError("invalid argument to Intn")
                }
                return .string(address)
            },
            "urlParse": GoFunction([.string], result: .map(key: .string, value: .interface)) { args in
                .map(try urlParse(MiscArgument.string(args[0])))
            },
            "urlJoin": GoFunction([.map(key: .string, value: .interface)], result: .string) { args in
                .string(try urlJoin(args[0].mapValue ?? GoMap()))
            },
            "uuidv4": GoFunction([], result: .string) { _ in
                .string(uuidV4(env.randomBytes(16)))
            },
            "randBytes": GoFunction([.int], result: .string) { args in
                let count = MiscArgument.int(args[0])
                // Go's make([]byte, n) panics on a negative length.
                if count < 0 { throw GoCallError("runtime error: makeslice: len out of range") }
                return .string(GoBase64.encode(env.randomBytes(count)))
            },
        ]
        all.merge(SprigPaths.functions(env)) { _, new in new }
        return all
    }

    /// `net.LookupHost` through the system resolver: every address, in the
    /// resolver's order, without duplicates.
    static func resolve(_ name: String) -> [String] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(name, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [String] = []
        var node: UnsafeMutablePointer<addrinfo>? = first
        while let info = node {
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(info.pointee.ai_addr, info.pointee.ai_addrlen, &buffer, socklen_t(buffer.count),
                           nil, 0, NI_NUMERICHOST) == 0 {
                let address = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !addresses.contains(address) { addresses.append(address) }
            }
            node = info.pointee.ai_next
        }
        return addresses
    }

    /// A version 4 UUID (RFC 4122) from sixteen random bytes, as `google/uuid` prints it.
    static func uuidV4(_ random: [UInt8]) -> String {
        var b = random
        b[6] = b[6] & 0x0f | 0x40
        b[8] = b[8] & 0x3f | 0x80
        let hex = SprigEncoding.hex(b)
        let h = Array(hex)
        return [h[0..<8], h[8..<12], h[12..<16], h[16..<20], h[20..<32]].map { String($0) }.joined(separator: "-")
    }

    /// Sprig's `urlParse`: the URL's parts as a map of strings; a bad URL is a panic.
    static func urlParse(_ text: String) throws -> GoMap {
        let url: GoURL
        do {
            url = try GoURL.parse(text)
        } catch {
            throw GoCallError("unable to parse url: \(error)")
        }
        return GoMap([
            "scheme": .string(url.scheme),
            "host": .string(url.host),
            "hostname": .string(url.hostname),
            "path": .string(url.path),
            "query": .string(url.rawQuery),
            "opaque": .string(url.opaque),
            "fragment": .string(url.fragment),
            "userinfo": .string(url.user?.string ?? ""),
        ])
    }

    /// Sprig's `urlJoin`: the inverse of `urlParse`, through Go's `URL.String()`.
    static func urlJoin(_ parts: GoMap) throws -> String {
        func part(_ key: String) throws -> String {
            guard let value = parts[key] else { return "" }
            guard case .string(let s) = value else {
                if value.isNil { throw GoCallError("runtime error: invalid memory address or nil pointer dereference") }
                throw GoCallError("unable to parse \(key) key, must be of type string, but \(value.kind.rawValue) found")
            }
            return s
        }
        var url = GoURL()
        url.scheme = try part("scheme")
        url.host = try part("host")
        url.path = try part("path")
        url.rawQuery = try part("query")
        url.opaque = try part("opaque")
        url.fragment = try part("fragment")
        let userinfo = try part("userinfo")
        if !userinfo.isEmpty {
            do {
                url.user = try GoURL.parse("proto://\(userinfo)@host").user
            } catch {
                throw GoCallError("unable to parse userinfo in dict: \(error)")
            }
        }
        return url.string
    }
}
