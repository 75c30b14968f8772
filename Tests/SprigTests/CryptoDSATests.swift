import Foundation
import GoValue
import Testing
@testable import Sprig

/// DSA generation and the big-number arithmetic under it, checked against
/// known values and against openssl.
@Suite struct CryptoDSATests {
    @Test func modularPowerMatchesKnownValues() {
        // 2^127 - 1 is prime: Fermat holds; 3^(2^89-1 - 1) mod (2^89 - 1) is 1 too.
        let m127 = BigUInt(limbs: [UInt64.max, UInt64.max >> 1])
        let field = Montgomery(m127)
        #expect(field.power(BigUInt(3), m127 - BigUInt(1)) == BigUInt(1))
        #expect(field.power(BigUInt(5), BigUInt(2)) == BigUInt(25))
        // 7^13 mod 2^127-1 = 96889010407 (below the modulus, so no reduction).
        #expect(field.power(BigUInt(7), BigUInt(13)) == BigUInt(96_889_010_407))
        let (q, r) = BigUInt(1000).quotientAndRemainder(dividingBy: BigUInt(7))
        #expect(q == BigUInt(142) && r == BigUInt(6))
    }

    @Test func millerRabinSeparatesPrimesFromComposites() {
        let random = SprigEnvironment.live.randomBytes
        let mersenne127 = BigUInt(limbs: [UInt64.max, UInt64.max >> 1])
        #expect(DSAKey.isProbablePrime(mersenne127, rounds: 10, random: random))
        // 2^128 + 1 = 59649589127497217 × 5704689200685129054721.
        #expect(!DSAKey.isProbablePrime(BigUInt(limbs: [1, 1]), rounds: 10, random: random))
        // A Carmichael number beyond the trial divisions: 2003 · 4003 · 6007 ... use a product of two primes.
        let composite = BigUInt(limbs: [2003 * 4007 * 6011])
        #expect(!DSAKey.isProbablePrime(composite, rounds: 10, random: random))
        #expect(DSAKey.isProbablePrime(BigUInt(limbs: [2_147_483_647]), rounds: 10, random: random))
    }

    @Test func smallParametersAreConsistentAndOpensslAcceptsThem() throws {
        let key = DSAKey.generate(l: 1024, n: 160, random: SprigEnvironment.live.randomBytes)
        let p = BigUInt(bytes: key.p), q = BigUInt(bytes: key.q), g = BigUInt(bytes: key.g)
        #expect(p.bitWidth == 1024 && q.bitWidth == 160)
        #expect((p - BigUInt(1)).quotientAndRemainder(dividingBy: q).1.isZero)
        let field = Montgomery(p)
        #expect(field.power(g, q) == BigUInt(1))
        #expect(field.power(g, BigUInt(bytes: key.x)) == BigUInt(bytes: key.y))
        let pem = SprigPrivateKey.dsa(key).pem
        #expect(pem.hasPrefix("-----BEGIN DSA PRIVATE KEY-----\n"))
        guard CryptoKeyTests.openssl != nil else { return }
        let (status, output) = try CryptoKeyTests.openssl(["pkey", "-in", "k.pem", "-check", "-noout"], files: ["k.pem": pem])
        #expect(status == 0, "\(output)")
    }
}

extension CryptoDSATests {
    /// Full-size generation takes about a minute in a debug build on a busy
    /// machine, so it runs only when SPRIG_SLOW_TESTS is set (seconds in release).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SPRIG_SLOW_TESTS"] != nil))
    func genPrivateKeyMakesAFullSizeDSAKey() throws {
        let pem = try #require(try CryptoKeyTests.call("genPrivateKey", [.string("dsa")]).stringValue)
        let key = try #require(try? SprigPrivateKey.parse(pem: pem))
        guard case .dsa(let dsa) = key else { Issue.record("not a DSA key"); return }
        #expect(BigUInt(bytes: dsa.p).bitWidth == 2048)
        #expect(BigUInt(bytes: dsa.q).bitWidth == 256)
        guard CryptoKeyTests.openssl != nil else { return }
        let (status, output) = try CryptoKeyTests.openssl(["pkey", "-in", "k.pem", "-check", "-noout"], files: ["k.pem": pem])
        #expect(status == 0, "\(output)")
    }
}

extension CryptoDSATests {
    /// Go's own DSA key satisfies the relations our arithmetic computes.
    @Test func helmDSAKeyObeysOurArithmetic() throws {
        let pem = try #require(CryptoKeyTests.helmKeys["dsa"])
        guard case .dsa(let key) = try SprigPrivateKey.parse(pem: pem) else {
            Issue.record("not a DSA key")
            return
        }
        let p = BigUInt(bytes: key.p), q = BigUInt(bytes: key.q), g = BigUInt(bytes: key.g)
        #expect(p.bitWidth == 2048 && q.bitWidth == 256)
        #expect((p - BigUInt(1)).quotientAndRemainder(dividingBy: q).1.isZero)
        let field = Montgomery(p)
        #expect(field.power(g, BigUInt(bytes: key.x)) == BigUInt(bytes: key.y))
        #expect(field.power(g, q) == BigUInt(1))
        #expect(DSAKey.isProbablePrime(q, rounds: 5, random: SprigEnvironment.live.randomBytes))
    }
}
