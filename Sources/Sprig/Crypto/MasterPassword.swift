import Crypto
import _CryptoExtras

/// The Master Password algorithm (Maarten Billemont's, version 3) as Sprig's
/// `derivePassword` implements it: scrypt of the master password salted with
/// the user name, then an HMAC of the site name picks a template and its letters.
enum MasterPassword {
    static let scope = Array("com.lyndir.masterpassword".utf8)

    /// The templates of each password type; the seed's first byte picks one.
    static let templates: [String: [String]] = [
        "maximum": ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        "long": ["CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
                 "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
                 "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
                 "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
                 "CvccCvcvCvccno"],
        "medium": ["CvcnoCvc", "CvcCvcno"],
        "short": ["Cvcn"],
        "basic": ["aaanaaan", "aannaaan", "aaannaaa"],
        "pin": ["nnnn"],
    ]

    /// The characters each template letter may become.
    static let classes: [Character: [UInt8]] = [
        "V": Array("AEIOU".utf8),
        "C": Array("BCDFGHJKLMNPQRSTVWXYZ".utf8),
        "v": Array("aeiou".utf8),
        "c": Array("bcdfghjklmnpqrstvwxyz".utf8),
        "A": Array("AEIOUBCDFGHJKLMNPQRSTVWXYZ".utf8),
        "a": Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz".utf8),
        "n": Array("0123456789".utf8),
        "o": Array("@&%?,=[]_:-+*$#!'^~;()/.".utf8),
        "x": Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()".utf8),
    ]

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)]
    }

    /// The site password, or Sprig's message text when the type is unknown.
    static func derive(counter: UInt32, type: String, password: String, user: String, site: String) -> String {
        guard let choices = templates[type] else { return "cannot find password template \(type)" }
        let userBytes = Array(user.utf8)
        let siteBytes = Array(site.utf8)
        let salt = scope + bigEndian(UInt32(truncatingIfNeeded: userBytes.count)) + userBytes
        let key: SymmetricKey
        do {
            key = try KDF.Scrypt.deriveKey(from: Array(password.utf8), salt: salt, outputByteCount: 64,
                                           rounds: 32768, blockSize: 8, parallelism: 2)
        } catch {
            return "failed to derive password: \(error)"
        }
        let message = scope + bigEndian(UInt32(truncatingIfNeeded: siteBytes.count)) + siteBytes + bigEndian(counter)
        let seed = Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
        let template = Array(choices[Int(seed[0]) % choices.count])
        var out: [UInt8] = []
        for (i, letter) in template.enumerated() {
            let chars = classes[letter]!
            out.append(chars[Int(seed[i + 1]) % chars.count])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
