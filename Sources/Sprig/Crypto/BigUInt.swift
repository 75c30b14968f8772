/// A small arbitrary-precision unsigned integer: just what DSA parameter and
/// key generation need (comparison, subtraction, division by a short number,
/// and modular exponentiation in Montgomery form).
struct BigUInt: Equatable, Comparable {
    /// Little-endian 64-bit limbs, without high zero limbs.
    var limbs: [UInt64]

    init(limbs: [UInt64]) {
        self.limbs = limbs
        normalize()
    }

    init(_ value: UInt64) { self.init(limbs: [value]) }

    /// From big-endian bytes (Go's `SetBytes`).
    init(bytes: [UInt8]) {
        var limbs = [UInt64](repeating: 0, count: (bytes.count + 7) / 8)
        for (i, b) in bytes.reversed().enumerated() { limbs[i / 8] |= UInt64(b) << UInt64(8 * (i % 8)) }
        self.init(limbs: limbs)
    }

    mutating func normalize() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    var isZero: Bool { limbs.isEmpty }
    var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

    /// Go's `BitLen`.
    var bitWidth: Int {
        guard let last = limbs.last else { return 0 }
        return limbs.count * 64 - last.leadingZeroBitCount
    }

    func bit(_ i: Int) -> Bool {
        let limb = i / 64
        return limb < limbs.count && (limbs[limb] >> UInt64(i % 64)) & 1 == 1
    }

    /// Minimal big-endian bytes (Go's `Bytes`).
    var bytes: [UInt8] {
        var out: [UInt8] = []
        for limb in limbs.reversed() {
            for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: limb >> UInt64(shift))) }
        }
        return Array(out.drop { $0 == 0 })
    }

    static func < (a: BigUInt, b: BigUInt) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
            return a.limbs[i] < b.limbs[i]
        }
        return false
    }

    static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        var out = [UInt64](repeating: 0, count: max(a.limbs.count, b.limbs.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<(out.count - 1) {
            let x = i < a.limbs.count ? a.limbs[i] : 0
            let y = i < b.limbs.count ? b.limbs[i] : 0
            let (s1, o1) = x.addingReportingOverflow(y)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        out[out.count - 1] = carry
        return BigUInt(limbs: out)
    }

    /// `a - b` for `a >= b`.
    static func - (a: BigUInt, b: BigUInt) -> BigUInt {
        var out = a.limbs
        var borrow: UInt64 = 0
        for i in 0..<out.count {
            let y = i < b.limbs.count ? b.limbs[i] : 0
            let (d1, o1) = out[i].subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            out[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        return BigUInt(limbs: out)
    }

    static func >> (a: BigUInt, n: Int) -> BigUInt {
        let limbShift = n / 64, bitShift = UInt64(n % 64)
        guard limbShift < a.limbs.count else { return BigUInt(limbs: []) }
        var out = [UInt64](repeating: 0, count: a.limbs.count - limbShift)
        for i in 0..<out.count {
            let low = a.limbs[i + limbShift] >> bitShift
            let high = bitShift == 0 || i + limbShift + 1 >= a.limbs.count ? 0
                : a.limbs[i + limbShift + 1] << (64 - bitShift)
            out[i] = low | high
        }
        return BigUInt(limbs: out)
    }

    /// The remainder by a word, for trial division by small primes.
    func remainder(dividingBy d: UInt64) -> UInt64 {
        var r: UInt64 = 0
        for limb in limbs.reversed() { r = d.dividingFullWidth((r, limb)).remainder }
        return r
    }

    /// Quotient and remainder by schoolbook binary long division: slow for big
    /// divisors, fine for the 256-bit divisors DSA needs.
    func quotientAndRemainder(dividingBy d: BigUInt) -> (BigUInt, BigUInt) {
        precondition(!d.isZero)
        var q = [UInt64](repeating: 0, count: limbs.count)
        var r = BigUInt(limbs: [])
        for i in stride(from: bitWidth - 1, through: 0, by: -1) {
            r = r + r
            if bit(i) { r = r + BigUInt(1) }
            if !(r < d) {
                r = r - d
                q[i / 64] |= 1 << UInt64(i % 64)
            }
        }
        return (BigUInt(limbs: q), r)
    }
}
