import Crypto
import GoValue
import _CryptoExtras

/// Sprig's `encryptAES` / `decryptAES`: AES-256-CBC whose key is the password
/// copied into 32 zero bytes (truncated, not hashed), a random IV in front,
/// PKCS#7 padding, standard base64. Decryption trusts the last byte as the pad
/// length without checking it, and its failures are Go's runtime panics.
enum SprigAES {
    static func key(_ password: String) -> SymmetricKey {
        var bytes = [UInt8](repeating: 0, count: 32)
        for (i, b) in password.utf8.prefix(32).enumerated() { bytes[i] = b }
        return SymmetricKey(data: bytes)
    }

    static func encrypt(password: String, plaintext: String, iv: [UInt8]) throws -> String {
        if plaintext.isEmpty { return "" }
        var content = Array(plaintext.utf8)
        let pad = 16 - content.count % 16
        content += [UInt8](repeating: UInt8(pad), count: pad)
        let sealed = try AES._CBC.encrypt(content, using: key(password), iv: AES._CBC.IV(ivBytes: iv), noPadding: true)
        return GoBase64.encode(iv + Array(sealed))
    }

    static func decrypt(password: String, base64: String) throws -> String {
        if base64.isEmpty { return "" }
        let crypt: [UInt8]
        switch GoBase64.decode(base64) {
        case .success(let bytes): crypt = bytes
        case .failure(let error): throw GoCallError(error.description)
        }
        if crypt.count < 16 {
            // The capacity Go reports is that of the decode buffer: DecodedLen of the input.
            let capacity = base64.utf8.count / 4 * 3
            throw GoCallError("runtime error: slice bounds out of range [:16] with capacity \(capacity)")
        }
        let body = Array(crypt[16...])
        if body.count % 16 != 0 { throw GoCallError("crypto/cipher: input not full blocks") }
        if body.isEmpty { throw GoCallError("runtime error: index out of range [-1]") }
        let plain = Array(try AES._CBC.decrypt(body, using: key(password),
                                               iv: AES._CBC.IV(ivBytes: crypt[0..<16]), noPadding: true))
        let end = plain.count - Int(plain[plain.count - 1])
        if end < 0 { throw GoCallError("runtime error: slice bounds out of range [:\(end)]") }
        return MiscArgument.text(plain[..<end])
    }
}
