/// bcrypt password hashing as golang.org/x/crypto/bcrypt writes it: version
/// `2a`, a 16-byte salt, and the `$2a$COST$SALTHASH` text form.
enum Bcrypt {
    /// Go's default cost, the one Sprig's `bcrypt` and `htpasswd` use.
    static let defaultCost = 10

    /// bcrypt's own base64 alphabet (unpadded), not the standard one.
    static let alphabet = Array("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

    /// Why a password cannot be hashed, in Go's words.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The full hash text of `password` with the given salt.
    static func hash(password: [UInt8], salt: [UInt8], cost: Int = defaultCost) throws(Failure) -> String {
        if password.count > 72 { throw Failure(description: "bcrypt: password length exceeds 72 bytes") }
        let digest = raw(password: password, salt: salt, cost: cost)
        let costText = cost < 10 ? "0\(cost)" : "\(cost)"
        return "$2a$" + costText + "$" + encode(salt) + encode(Array(digest.prefix(23)))
    }

    /// The 24 bytes of "OrpheanBeholderScryDoubt" encrypted 64 times under the
    /// expensive key schedule.
    static func raw(password: [UInt8], salt: [UInt8], cost: Int) -> [UInt8] {
        let key = password + [0]
        let state = Blowfish()
        state.expand(key: key, salt: salt)
        for _ in 0..<(1 << cost) {
            state.expand(key: key, salt: nil)
            state.expand(key: salt, salt: nil)
        }
        let magic = Array("OrpheanBeholderScryDoubt".utf8)
        var words = (0..<6).map { i in
            magic[(4 * i)..<(4 * i + 4)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        }
        for _ in 0..<64 {
            for j in stride(from: 0, to: 6, by: 2) {
                (words[j], words[j + 1]) = state.encrypt(words[j], words[j + 1])
            }
        }
        return words.flatMap { w in [UInt8(w >> 24), UInt8(w >> 16 & 0xff), UInt8(w >> 8 & 0xff), UInt8(w & 0xff)] }
    }

    /// bcrypt's base64: standard bit order, its own alphabet, no padding.
    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let chunk = bytes[i..<min(i + 3, bytes.count)]
            var v: UInt32 = 0
            for (k, b) in chunk.enumerated() { v |= UInt32(b) << UInt32(16 - 8 * k) }
            for k in 0...chunk.count { out.append(alphabet[Int(v >> UInt32(18 - 6 * k) & 0x3f)]) }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The inverse of `encode`, for reading the salt back out of a hash.
    static func decode(_ text: String) -> [UInt8]? {
        var values: [UInt32] = []
        for c in text.utf8 {
            guard let v = alphabet.firstIndex(of: c) else { return nil }
            values.append(UInt32(v))
        }
        var out: [UInt8] = []
        var i = 0
        while i < values.count {
            let group = values[i..<min(i + 4, values.count)]
            guard group.count >= 2 else { return nil }
            var v: UInt32 = 0
            for (k, x) in group.enumerated() { v |= x << UInt32(18 - 6 * k) }
            for k in 0..<(group.count - 1) { out.append(UInt8(v >> UInt32(16 - 8 * k) & 0xff)) }
            i += 4
        }
        return out
    }
}
