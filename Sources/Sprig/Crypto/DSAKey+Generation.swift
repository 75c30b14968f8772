/// DSA parameter and key generation following Go's `crypto/dsa`
/// (`GenerateParameters` with L2048N256, then `GenerateKey`).
extension DSAKey {
    /// Odd primes below 2000, for cheap rejection before Miller-Rabin.
    static let smallPrimes: [UInt64] = {
        var primes: [UInt64] = []
        var n: UInt64 = 3
        while n < 2000 {
            if primes.allSatisfy({ $0 * $0 > n || n % $0 != 0 }) { primes.append(n) }
            n += 2
        }
        return primes
    }()

    /// Miller-Rabin with base 2 and then random bases; `rounds` in all.
    static func isProbablePrime(_ n: BigUInt, rounds: Int, random: (Int) -> [UInt8]) -> Bool {
        guard n.isOdd, n.bitWidth > 11 else {
            let small = n.limbs.first ?? 0
            return small == 2 || (small > 2 && small % 2 == 1 && smallPrimes.allSatisfy { $0 >= small || small % $0 != 0 })
        }
        for p in smallPrimes where n.remainder(dividingBy: p) == 0 { return false }
        let minusOne = n - BigUInt(1)
        var s = 0
        while !minusOne.bit(s) { s += 1 }
        let d = minusOne >> s
        let field = Montgomery(n)
        let montMinusOne = field.toMontgomery(minusOne)
        // One byte fewer than n keeps every random base below n - 1.
        let byteCount = (n.bitWidth + 7) / 8 - 1
        for round in 0..<rounds {
            var base = BigUInt(2)
            if round > 0 {
                // A random base in [2, n-2].
                repeat {
                    base = BigUInt(bytes: random(byteCount))
                } while base < BigUInt(2)
            }
            var x = field.power(field.toMontgomery(base), d)
            if x == field.one || x == montMinusOne { continue }
            var witness = true
            for _ in 1..<max(s, 1) {
                x = field.multiply(x, x)
                if x == montMinusOne {
                    witness = false
                    break
                }
            }
            if witness { return false }
        }
        return true
    }

    /// Fresh parameters and a key pair: `L` bits for P, `N` bits for Q.
    static func generate(l: Int = 2048, n: Int = 256, rounds: Int = 20, random: (Int) -> [UInt8]) -> DSAKey {
        var p = BigUInt(0)
        var q = BigUInt(0)
        search: while true {
            var qBytes = random(n / 8)
            qBytes[qBytes.count - 1] |= 1
            qBytes[0] |= 0x80
            q = BigUInt(bytes: qBytes)
            if !isProbablePrime(q, rounds: rounds, random: random) { continue }
            for _ in 0..<(4 * l) {
                var pBytes = random(l / 8)
                pBytes[pBytes.count - 1] |= 1
                pBytes[0] |= 0x80
                p = BigUInt(bytes: pBytes)
                // Make p ≡ 1 (mod q), as Go does: p - (p mod q - 1).
                let rem = p.quotientAndRemainder(dividingBy: q).1
                p = rem.isZero ? p + BigUInt(1) : p - (rem - BigUInt(1))
                if p.bitWidth < l { continue }
                if !isProbablePrime(p, rounds: rounds, random: random) { continue }
                break search
            }
        }
        let field = Montgomery(p)
        let e = (p - BigUInt(1)).quotientAndRemainder(dividingBy: q).0
        var h = BigUInt(2)
        var g = field.power(h, e)
        while g == BigUInt(1) {
            h = h + BigUInt(1)
            g = field.power(h, e)
        }
        var x = BigUInt(0)
        repeat {
            x = BigUInt(bytes: random(q.bitWidth / 8))
        } while x.isZero || !(x < q)
        let y = field.power(g, x)
        return DSAKey(p: p.bytes, q: q.bytes, g: g.bytes, y: y.bytes, x: x.bytes)
    }
}
