/// A minimal DER writer for the few structures Go's key marshalling emits that
/// swift-crypto does not (SEC 1 EC keys, PKCS #8 Ed25519 keys, DSA keys).
enum DERBuilder {
    static func element(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
        var out = [tag]
        let n = content.count
        if n < 0x80 {
            out.append(UInt8(n))
        } else {
            var lengthBytes: [UInt8] = []
            var m = n
            while m > 0 {
                lengthBytes.insert(UInt8(m & 0xff), at: 0)
                m >>= 8
            }
            out.append(0x80 | UInt8(lengthBytes.count))
            out += lengthBytes
        }
        return out + content
    }

    static func sequence(_ parts: [UInt8]...) -> [UInt8] { element(0x30, parts.flatMap { $0 }) }

    /// A non-negative INTEGER from big-endian magnitude bytes.
    static func integer(unsigned magnitude: [UInt8]) -> [UInt8] {
        var bytes = Array(magnitude.drop { $0 == 0 })
        if bytes.isEmpty { bytes = [0] }
        if bytes[0] & 0x80 != 0 { bytes.insert(0, at: 0) }
        return element(0x02, bytes)
    }

    static func integer(_ value: Int) -> [UInt8] {
        integer(unsigned: (0..<8).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) })
    }

    static func octetString(_ bytes: [UInt8]) -> [UInt8] { element(0x04, bytes) }

    static func bitString(_ bytes: [UInt8]) -> [UInt8] { element(0x03, [0] + bytes) }

    /// An OBJECT IDENTIFIER from its dotted components.
    static func oid(_ components: [UInt64]) -> [UInt8] {
        var body: [UInt8] = []
        let values = [components[0] * 40 + components[1]] + components.dropFirst(2)
        for v in values {
            var chunk: [UInt8] = [UInt8(v & 0x7f)]
            var rest = v >> 7
            while rest > 0 {
                chunk.insert(UInt8(rest & 0x7f) | 0x80, at: 0)
                rest >>= 7
            }
            body += chunk
        }
        return element(0x06, body)
    }

    /// An explicit context-specific tag `[n]` around one element.
    static func explicit(_ number: UInt8, _ inner: [UInt8]) -> [UInt8] { element(0xa0 | number, inner) }
}
