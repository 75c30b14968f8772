/// The Blowfish cipher state with the "expensive key schedule" bcrypt needs
/// (Provos and Mazières, 1999). Only what bcrypt uses: key expansion with and
/// without salt, and encryption of one 64-bit block.
///
/// The state lives in one manually allocated buffer (18 subkeys, then four
/// S-boxes): bcrypt runs about a million block encryptions, and array copies
/// and bounds checks would make that take seconds in debug builds.
final class Blowfish {
    private let state: UnsafeMutablePointer<UInt32>

    /// The initial state (pi's digits), before any key is mixed in.
    init() {
        state = .allocate(capacity: 18 + 1024)
        state.initialize(from: BlowfishTables.p, count: 18)
        (state + 18).initialize(from: BlowfishTables.s, count: 1024)
    }

    deinit { state.deallocate() }

    /// The next big-endian 32-bit word of `data`, wrapping around at its end.
    @inline(__always)
    private static func nextWord(_ data: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> UInt32 {
        var word: UInt32 = 0
        for _ in 0..<4 {
            word = word << 8 | UInt32(data[cursor])
            cursor += 1
            if cursor == data.count { cursor = 0 }
        }
        return word
    }

    /// Encrypts one block held as two halves.
    @inline(__always)
    func encrypt(_ left: UInt32, _ right: UInt32) -> (UInt32, UInt32) {
        let p = state
        let s0 = state + 18, s1 = state + 274, s2 = state + 530, s3 = state + 786
        var l = left
        var r = right
        var i = 0
        while i < 16 {
            l ^= p[i]
            r ^= ((s0[Int(l >> 24)] &+ s1[Int(l >> 16 & 0xff)]) ^ s2[Int(l >> 8 & 0xff)]) &+ s3[Int(l & 0xff)]
            r ^= p[i + 1]
            l ^= ((s0[Int(r >> 24)] &+ s1[Int(r >> 16 & 0xff)]) ^ s2[Int(r >> 8 & 0xff)]) &+ s3[Int(r & 0xff)]
            i += 2
        }
        return (r ^ p[17], l ^ p[16])
    }

    /// Mixes `key` into the subkeys, then re-derives every subkey and S-box entry
    /// by encrypting a running block; with a salt, the salt is folded into that block.
    func expand(key: [UInt8], salt: [UInt8]?) {
        key.withUnsafeBufferPointer { key in
            var keyCursor = 0
            for i in 0..<18 { state[i] ^= Blowfish.nextWord(key, &keyCursor) }
        }
        var l: UInt32 = 0
        var r: UInt32 = 0
        if let salt {
            salt.withUnsafeBufferPointer { salt in
                var saltCursor = 0
                var i = 0
                while i < 18 + 1024 {
                    l ^= Blowfish.nextWord(salt, &saltCursor)
                    r ^= Blowfish.nextWord(salt, &saltCursor)
                    (l, r) = encrypt(l, r)
                    state[i] = l
                    state[i + 1] = r
                    i += 2
                }
            }
        } else {
            var i = 0
            while i < 18 + 1024 {
                (l, r) = encrypt(l, r)
                state[i] = l
                state[i + 1] = r
                i += 2
            }
        }
    }
}
