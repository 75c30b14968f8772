import Crypto
import GoValue

/// Sprig's encoding and checksum functions: base64, base32 and the hex digests.
///
/// The decoders return Go's error text as their value, as Sprig does, so a
/// chart that decodes bad input prints `illegal base64 data at input byte 0`.
enum SprigEncoding {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [
            "b64enc": unary { GoBase64.encode(Array($0.utf8)) },
            "b64dec": unary { input in
                switch GoBase64.decode(input) {
                case .success(let bytes): return MiscArgument.text(bytes)
                case .failure(let error): return error.description
                }
            },
            "b32enc": unary { GoBase32.encode(Array($0.utf8)) },
            "b32dec": unary { input in
                switch GoBase32.decode(input) {
                case .success(let bytes): return MiscArgument.text(bytes)
                case .failure(let error): return error.description
                }
            },
            "sha1sum": unary { hex(Insecure.SHA1.hash(data: Array($0.utf8))) },
            "sha256sum": unary { hex(SHA256.hash(data: Array($0.utf8))) },
            "sha512sum": unary { hex(SHA512.hash(data: Array($0.utf8))) },
            "adler32sum": unary { String(adler32(Array($0.utf8))) },
        ]
    }

    /// A `func(string) string`, the shape of every function in this family.
    static func unary(_ body: @escaping (String) -> String) -> GoFunction {
        GoFunction([.string], result: .string) { args in
            .string(body(MiscArgument.string(args[0])))
        }
    }

    /// Lowercase hex, as Go's `hex.EncodeToString` writes it.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The Adler-32 checksum (RFC 1950) that Go's `hash/adler32` computes.
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        let mod: UInt32 = 65521
        var a: UInt32 = 1
        var b: UInt32 = 0
        // 5552 is the longest run that cannot overflow 32 bits before reducing.
        var index = 0
        while index < bytes.count {
            let end = min(index + 5552, bytes.count)
            for i in index..<end {
                a &+= UInt32(bytes[i])
                b &+= a
            }
            a %= mod
            b %= mod
            index = end
        }
        return b << 16 | a
    }
}
