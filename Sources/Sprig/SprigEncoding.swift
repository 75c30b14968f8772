import Crypto
import GoValue

/// Sprig's encoding and checksum functions: base64, base32 and the hex digests.
///
/// The decoders return Go's error text as their value, as Sprig does, so a
/// chart that decodes bad input prints `illegal base64 data at input byte 0`.
enum SprigEncoding {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [
            "b64enc": bytewise { GoBase64.encode($0) },
            "b64dec": decoder { input in
                switch GoBase64.decode(input) {
                case .success(let bytes): return .string(bytes: bytes)
                case .failure(let error): return .string(error.description)
                }
            },
            "b32enc": bytewise { GoBase32.encode($0) },
            "b32dec": decoder { input in
                switch GoBase32.decode(input) {
                case .success(let bytes): return .string(bytes: bytes)
                case .failure(let error): return .string(error.description)
                }
            },
            "sha1sum": bytewise { hex(Insecure.SHA1.hash(data: $0)) },
            "sha256sum": bytewise { hex(SHA256.hash(data: $0)) },
            "sha512sum": bytewise { hex(SHA512.hash(data: $0)) },
            "adler32sum": bytewise { String(adler32($0)) },
        ]
    }

    /// A `func(string) string` that reads its argument as text.
    static func unary(_ body: @escaping (String) -> String) -> GoFunction {
        GoFunction([.string], result: .string) { args in
            .string(body(MiscArgument.string(args[0])))
        }
    }

    /// A `func(string) string` that reads the argument's bytes: a Go string need not be
    /// UTF-8 (`.Files.Get "keystore.jks" | b64enc`), so a `GoByteString` arrives unconverted.
    static func bytewise(_ body: @escaping ([UInt8]) -> String) -> GoFunction {
        GoFunction([.byteString], result: .string) { args in
            .string(body(args[0].goStringBytes ?? Array(MiscArgument.string(args[0]).utf8)))
        }
    }

    /// A decoder `func(string) string` whose result may be any bytes (`b64dec` of a binary file).
    static func decoder(_ body: @escaping (String) -> GoValue) -> GoFunction {
        GoFunction([.string], result: .string) { args in body(MiscArgument.string(args[0])) }
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
