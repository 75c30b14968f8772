/// An exact decimal number `0.d₁d₂d₃… × 10^point` with no leading or trailing
/// zero digits; no digits means zero.
///
/// Every binary float is a finite decimal, so float formatting can work on the
/// exact value: rounding then happens once, on the true number, as Go does.
struct DecimalDigits: Equatable {
    /// Digit values 0...9, most significant first.
    var digits: [UInt8]
    /// Position of the decimal point relative to the first digit.
    var point: Int

    init(digits: [UInt8] = [], point: Int = 0) {
        self.digits = digits
        self.point = point
        trim()
    }

    var isZero: Bool { digits.isEmpty }

    /// The exact decimal value of `mantissa × 2^exponent`.
    init(mantissa: UInt64, exponent: Int) {
        if mantissa == 0 {
            self.init()
            return
        }
        if exponent >= 0 && exponent + (64 - mantissa.leadingZeroBitCount) <= 64 {
            self.init(integer: mantissa << UInt64(exponent))
            return
        }
        var limbs = LimbNumber(mantissa)
        if exponent >= 0 {
            limbs.shiftLeft(exponent)
            let text = limbs.decimalDigits()
            self.init(digits: text, point: text.count)
        } else {
            // m / 2^k = m·5^k / 10^k: the digits of m·5^k, with the point moved k places left.
            limbs.multiplyByPowerOfFive(-exponent)
            let text = limbs.decimalDigits()
            self.init(digits: text, point: text.count + exponent)
        }
    }

    /// The digits of an unsigned integer.
    init(integer: UInt64) {
        var value = integer
        var reversed: [UInt8] = []
        while value > 0 {
            reversed.append(UInt8(value % 10))
            value /= 10
        }
        self.init(digits: reversed.reversed(), point: reversed.count)
    }

    private mutating func trim() {
        var start = 0
        while start < digits.count && digits[start] == 0 { start += 1 }
        if start > 0 {
            digits.removeFirst(start)
            point -= start
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
        if digits.isEmpty { point = 0 }
    }

    /// The first `count` digits, dropping the rest (toward zero).
    func truncated(to count: Int) -> DecimalDigits {
        if count >= digits.count { return self }
        if count <= 0 { return DecimalDigits() }
        return DecimalDigits(digits: Array(digits[0..<count]), point: point)
    }

    /// The first `count` digits plus one unit in the last of them.
    func incremented(at count: Int) -> DecimalDigits {
        if count <= 0 { return DecimalDigits(digits: [1], point: point - count + 1) }
        var kept = Array(digits.prefix(count))
        while kept.count < count { kept.append(0) }
        var i = count - 1
        while i >= 0 {
            if kept[i] < 9 {
                kept[i] += 1
                return DecimalDigits(digits: Array(kept[0...i]), point: point)
            }
            kept[i] = 0
            i -= 1
        }
        return DecimalDigits(digits: [1], point: point + 1)
    }

    /// Round to `count` significant digits, halfway cases to even, as Go's `decimal.Round`.
    func rounded(to count: Int) -> DecimalDigits {
        if count < 0 || count >= digits.count { return self }
        return roundsUp(at: count) ? incremented(at: count) : truncated(to: count)
    }

    /// Whether dropping the digits from index `count` on should round up (half to even).
    func roundsUp(at count: Int) -> Bool {
        let next = digits[count]
        if next == 5 && count + 1 == digits.count {
            return count > 0 && digits[count - 1] % 2 == 1
        }
        return next >= 5
    }

    /// Compares two non-negative decimals.
    static func compare(_ a: DecimalDigits, _ b: DecimalDigits) -> Int {
        if a.isZero || b.isZero {
            if a.isZero && b.isZero { return 0 }
            return a.isZero ? -1 : 1
        }
        if a.point != b.point { return a.point < b.point ? -1 : 1 }
        let n = max(a.digits.count, b.digits.count)
        for i in 0..<n {
            let x = i < a.digits.count ? a.digits[i] : 0
            let y = i < b.digits.count ? b.digits[i] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }
}

extension DecimalDigits {
    /// `mantissa × 2^exponent` rounded to `fraction` decimal places (half to even on
    /// the exact value), in 128-bit arithmetic; nil when it does not fit and the
    /// caller should expand exactly. The everyday `%.2f` takes this path.
    static func roundedToFraction(mantissa: UInt64, exponent: Int, fraction: Int) -> DecimalDigits? {
        guard exponent < 0, exponent > -64, (0...19).contains(fraction) else { return nil }
        var scale: UInt64 = 1
        for _ in 0..<fraction { scale *= 10 }
        let product = mantissa.multipliedFullWidth(by: scale)
        let shift = UInt64(-exponent)
        guard product.high >> shift == 0 else { return nil }
        var quotient = (product.high << (64 - shift)) | (product.low >> shift)
        let remainder = product.low & ((1 << shift) - 1)
        let half: UInt64 = 1 << (shift - 1)
        if remainder > half || (remainder == half && quotient & 1 == 1) {
            guard quotient < .max else { return nil }
            quotient += 1
        }
        let whole = DecimalDigits(integer: quotient)
        return DecimalDigits(digits: whole.digits, point: whole.point - fraction)
    }
}
