/// A non-negative big integer in 32-bit limbs, least significant first: just
/// enough arithmetic to expand a binary float into its exact decimal digits.
struct LimbNumber {
    var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        normalize()
    }

    private mutating func normalize() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry > 0 { limbs.append(UInt32(carry)) }
    }

    mutating func multiplyByPowerOfFive(_ power: Int) {
        var remaining = power
        // 5^13 is the largest power of five that fits in 32 bits.
        while remaining >= 13 {
            multiply(by: 1_220_703_125)
            remaining -= 13
        }
        var factor: UInt32 = 1
        for _ in 0..<remaining { factor *= 5 }
        if factor > 1 { multiply(by: factor) }
    }

    mutating func shiftLeft(_ bits: Int) {
        let whole = bits / 32, part = bits % 32
        if part > 0 {
            var carry: UInt32 = 0
            for i in limbs.indices {
                let limb = limbs[i]
                limbs[i] = (limb << UInt32(part)) | carry
                carry = limb >> UInt32(32 - part)
            }
            if carry > 0 { limbs.append(carry) }
        }
        if whole > 0 { limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0) }
    }

    /// Decimal digits, most significant first, by repeated division by 10⁹.
    func decimalDigits() -> [UInt8] {
        var work = limbs
        var chunks: [UInt32] = []
        while !work.isEmpty {
            var remainder: UInt64 = 0
            for i in stride(from: work.count - 1, through: 0, by: -1) {
                let current = (remainder << 32) | UInt64(work[i])
                work[i] = UInt32(current / 1_000_000_000)
                remainder = current % 1_000_000_000
            }
            chunks.append(UInt32(remainder))
            while let last = work.last, last == 0 { work.removeLast() }
        }
        var result: [UInt8] = []
        result.reserveCapacity(chunks.count * 9)
        for (index, chunk) in chunks.reversed().enumerated() {
            var piece = [UInt8](repeating: 0, count: 9)
            var value = chunk
            for j in stride(from: 8, through: 0, by: -1) {
                piece[j] = UInt8(value % 10)
                value /= 10
            }
            if index == 0 {
                let firstNonZero = piece.firstIndex { $0 != 0 } ?? 8
                result.append(contentsOf: piece[firstNonZero...])
            } else {
                result.append(contentsOf: piece)
            }
        }
        return result
    }
}

extension LimbNumber {
    init(limbs: [UInt32]) {
        self.limbs = limbs
        while let last = self.limbs.last, last == 0 { self.limbs.removeLast() }
    }

    var isZero: Bool { limbs.isEmpty }

    mutating func multiplyByPowerOfTen(_ power: Int) {
        var remaining = power
        while remaining >= 9 {
            multiply(by: 1_000_000_000)
            remaining -= 9
        }
        var factor: UInt32 = 1
        for _ in 0..<remaining { factor *= 10 }
        if factor > 1 { multiply(by: factor) }
    }

    static func compare(_ a: LimbNumber, _ b: LimbNumber) -> Int {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count ? -1 : 1 }
        var i = a.limbs.count - 1
        while i >= 0 {
            if a.limbs[i] != b.limbs[i] { return a.limbs[i] < b.limbs[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    /// Compares `a + b` with `c` without building the sum.
    static func compareSum(_ a: LimbNumber, _ b: LimbNumber, _ c: LimbNumber) -> Int {
        compare(a + b, c)
    }

    static func + (a: LimbNumber, b: LimbNumber) -> LimbNumber {
        let count = max(a.limbs.count, b.limbs.count)
        var result = [UInt32](repeating: 0, count: count + 1)
        var carry: UInt64 = 0
        for i in 0..<count {
            let sum = UInt64(i < a.limbs.count ? a.limbs[i] : 0) + UInt64(i < b.limbs.count ? b.limbs[i] : 0) + carry
            result[i] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        result[count] = UInt32(carry)
        return LimbNumber(limbs: result)
    }

    /// `self -= other`; the caller guarantees `self >= other`.
    mutating func subtract(_ other: LimbNumber) {
        var borrow: Int64 = 0
        for i in limbs.indices {
            var difference = Int64(limbs[i]) - Int64(i < other.limbs.count ? other.limbs[i] : 0) - borrow
            if difference < 0 {
                difference += 1 << 32
                borrow = 1
            } else {
                borrow = 0
            }
            limbs[i] = UInt32(difference)
        }
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }
}
