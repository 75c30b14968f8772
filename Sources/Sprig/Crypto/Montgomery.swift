/// Modular arithmetic modulo an odd number in Montgomery form, for the
/// exponentiations of primality tests and DSA key generation.
struct Montgomery {
    let modulus: [UInt64]
    let count: Int
    /// `-modulus⁻¹ mod 2⁶⁴`.
    let inverse: UInt64
    /// `R² mod modulus`, with `R = 2^(64·count)`.
    let rSquared: [UInt64]
    /// `R mod modulus`: one, in Montgomery form.
    let one: [UInt64]

    init(_ m: BigUInt) {
        precondition(m.isOdd)
        modulus = m.limbs
        count = m.limbs.count
        // Newton's iteration doubles the correct low bits each step.
        var x: UInt64 = 1
        for _ in 0..<6 { x = x &* (2 &- m.limbs[0] &* x) }
        inverse = 0 &- x
        var r = BigUInt(1)
        for _ in 0..<(64 * count) {
            r = r + r
            if !(r < m) { r = r - m }
        }
        one = Montgomery.padded(r, count)
        var r2 = r
        for _ in 0..<(64 * count) {
            r2 = r2 + r2
            if !(r2 < m) { r2 = r2 - m }
        }
        rSquared = Montgomery.padded(r2, count)
    }

    static func padded(_ x: BigUInt, _ count: Int) -> [UInt64] {
        x.limbs + [UInt64](repeating: 0, count: count - x.limbs.count)
    }

    /// `a·b·R⁻¹ mod m` (coarsely integrated operand scanning). Raw pointers
    /// keep debug builds usable: this loop runs millions of times per DSA key.
    func multiply(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let n = count
        let inverse = self.inverse
        var t = [UInt64](repeating: 0, count: n + 2)
        modulus.withUnsafeBufferPointer { mBuffer in
            a.withUnsafeBufferPointer { aBuffer in
                b.withUnsafeBufferPointer { bBuffer in
                    t.withUnsafeMutableBufferPointer { tBuffer in
                        let m = mBuffer.baseAddress!, a = aBuffer.baseAddress!, b = bBuffer.baseAddress!
                        let t = tBuffer.baseAddress!
                        Montgomery.scan(n: n, inverse: inverse, a: a, b: b, m: m, t: t)
                    }
                }
            }
        }
        var result = Array(t[0..<n])
        if t[n] != 0 || !Montgomery.less(result, modulus) {
            var borrow: UInt64 = 0
            for j in 0..<n {
                let (d1, o1) = result[j].subtractingReportingOverflow(modulus[j])
                let (d2, o2) = d1.subtractingReportingOverflow(borrow)
                result[j] = d2
                borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            }
        }
        return result
    }

    /// The word-by-word body of `multiply`, on `n + 2` words of scratch `t`.
    @inline(__always)
    private static func scan(n: Int, inverse: UInt64, a: UnsafePointer<UInt64>, b: UnsafePointer<UInt64>,
                             m: UnsafePointer<UInt64>, t: UnsafeMutablePointer<UInt64>) {
        var i = 0
        while i < n {
            var carry: UInt64 = 0
            let ai = a[i]
            var j = 0
            while j < n {
                let product = ai.multipliedFullWidth(by: b[j])
                let sum = product.low &+ t[j]
                let c1: UInt64 = sum < product.low ? 1 : 0
                let sum2 = sum &+ carry
                let c2: UInt64 = sum2 < sum ? 1 : 0
                t[j] = sum2
                carry = product.high &+ c1 &+ c2
                j += 1
            }
            let top = t[n] &+ carry
            t[n + 1] = top < carry ? 1 : 0
            t[n] = top
            let u = t[0] &* inverse
            let first = u.multipliedFullWidth(by: m[0])
            let low0 = first.low &+ t[0]
            carry = first.high &+ (low0 < first.low ? 1 : 0)
            j = 1
            while j < n {
                let product = u.multipliedFullWidth(by: m[j])
                let sum = product.low &+ t[j]
                let c1: UInt64 = sum < product.low ? 1 : 0
                let sum2 = sum &+ carry
                let c2: UInt64 = sum2 < sum ? 1 : 0
                t[j - 1] = sum2
                carry = product.high &+ c1 &+ c2
                j += 1
            }
            let last = t[n] &+ carry
            t[n - 1] = last
            t[n] = t[n + 1] &+ (last < carry ? 1 : 0)
            i += 1
        }
    }

    static func less(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] { return a[i] < b[i] }
        return false
    }

    func toMontgomery(_ x: BigUInt) -> [UInt64] { multiply(Montgomery.padded(x, count), rSquared) }

    func fromMontgomery(_ x: [UInt64]) -> BigUInt {
        var unit = [UInt64](repeating: 0, count: count)
        unit[0] = 1
        return BigUInt(limbs: multiply(x, unit))
    }

    /// `base^exponent mod m`, for `base < m`, returned in Montgomery form.
    func power(_ base: [UInt64], _ exponent: BigUInt) -> [UInt64] {
        var result = one
        for i in stride(from: exponent.bitWidth - 1, through: 0, by: -1) {
            result = multiply(result, result)
            if exponent.bit(i) { result = multiply(result, base) }
        }
        return result
    }

    /// `base^exponent mod m` for ordinary numbers `base < m`.
    func power(_ base: BigUInt, _ exponent: BigUInt) -> BigUInt {
        fromMontgomery(power(toMontgomery(base), exponent))
    }
}
