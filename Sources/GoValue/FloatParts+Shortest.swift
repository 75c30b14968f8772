import Foundation

extension FloatParts {
    /// The shortest round-trip digits by free-format digit generation (Steele & White,
    /// Burger & Dybvig): the value and the half-gaps to its neighbours become integer
    /// ratios, and digits are produced one at a time until one of the two nearest
    /// candidates reads back as this float. Same result as `shortestDigitsExact()`,
    /// far less arithmetic.
    func shortestDigitsFast() -> DecimalDigits {
        let m = mantissa, e = exponent
        if m == 0 { return DecimalDigits() }
        if e <= 0 && -e < 64 && m.trailingZeroBitCount >= -e {
            return DecimalDigits(integer: m >> UInt64(-e))
        }
        if let small = shortestDigitsInWords() { return small }
        // value = r/s, upper half-gap = plus/s, lower half-gap = minus/s.
        var r: LimbNumber, s: LimbNumber, plus: LimbNumber, minus: LimbNumber
        if e >= 0 {
            if lowerGapIsSmaller {
                r = LimbNumber(m << 2); r.shiftLeft(e)
                s = LimbNumber(4)
                plus = LimbNumber(2); plus.shiftLeft(e)
                minus = LimbNumber(1); minus.shiftLeft(e)
            } else {
                r = LimbNumber(m << 1); r.shiftLeft(e)
                s = LimbNumber(2)
                plus = LimbNumber(1); plus.shiftLeft(e)
                minus = plus
            }
        } else if lowerGapIsSmaller {
            r = LimbNumber(m << 2)
            s = LimbNumber(1); s.shiftLeft(2 - e)
            plus = LimbNumber(2)
            minus = LimbNumber(1)
        } else {
            r = LimbNumber(m << 1)
            s = LimbNumber(1); s.shiftLeft(1 - e)
            plus = LimbNumber(1)
            minus = plus
        }
        let inclusive = m % 2 == 0

        // Scale so that the upper bound lies in (10^(k-1), 10^k].
        let value = Double(m) * pow(2.0, Double(e))
        var k = Int((log10(value)).rounded(.up))
        if k >= 0 {
            s.multiplyByPowerOfTen(k)
        } else {
            r.multiplyByPowerOfTen(-k)
            plus.multiplyByPowerOfTen(-k)
            minus.multiplyByPowerOfTen(-k)
        }
        func highReaches(_ r: LimbNumber, _ plus: LimbNumber, _ s: LimbNumber) -> Bool {
            let c = LimbNumber.compareSum(r, plus, s)
            return inclusive ? c >= 0 : c > 0
        }
        while highReaches(r, plus, s) {
            s.multiply(by: 10)
            k += 1
        }
        while true {
            var r10 = r, p10 = plus
            r10.multiply(by: 10)
            p10.multiply(by: 10)
            if highReaches(r10, p10, s) { break }
            r = r10
            plus = p10
            minus.multiply(by: 10)
            k -= 1
        }

        var digits: [UInt8] = []
        while true {
            r.multiply(by: 10)
            plus.multiply(by: 10)
            minus.multiply(by: 10)
            var digit: UInt8 = 0
            while LimbNumber.compare(r, s) >= 0 {
                r.subtract(s)
                digit += 1
            }
            let lowCompare = LimbNumber.compare(r, minus)
            let canRoundDown = inclusive ? lowCompare <= 0 : lowCompare < 0
            let canRoundUp = highReaches(r, plus, s)
            if !canRoundDown && !canRoundUp {
                digits.append(digit)
                continue
            }
            var roundUp = canRoundUp
            if canRoundDown && canRoundUp {
                let twice = r + r
                let c = LimbNumber.compare(twice, s)
                roundUp = c > 0 || (c == 0 && digit % 2 == 1)
            }
            if roundUp {
                digit += 1
            }
            digits.append(digit)
            break
        }
        // Carry a final 10 leftwards (a run of nines rounded up).
        var i = digits.count - 1
        while i > 0 && digits[i] == 10 {
            digits[i] = 0
            digits[i - 1] += 1
            i -= 1
        }
        if digits[0] == 10 {
            digits[0] = 1
            k += 1
        }
        return DecimalDigits(digits: digits, point: k)
    }
}

extension FloatParts {
    /// The free-format generation in 64-bit words, for the many everyday values whose
    /// scaled integers stay below 2^64; nil as soon as anything would overflow.
    func shortestDigitsInWords() -> DecimalDigits? {
        let m = mantissa, e = exponent
        let shift = UInt64(lowerGapIsSmaller ? 2 : 1)
        guard e < 0 && Int(shift) - e <= 62 else { return nil }
        var r = m << shift
        var s = UInt64(1) << (shift + UInt64(-e))
        var plus: UInt64 = lowerGapIsSmaller ? 2 : 1
        var minus: UInt64 = 1
        let inclusive = m % 2 == 0

        func times10(_ x: UInt64) -> UInt64? {
            let (product, overflow) = x.multipliedReportingOverflow(by: 10)
            return overflow ? nil : product
        }
        func highReaches(_ r: UInt64, _ plus: UInt64, _ s: UInt64) -> Bool? {
            let (sum, overflow) = r.addingReportingOverflow(plus)
            if overflow { return nil }
            return inclusive ? sum >= s : sum > s
        }
        var k = 0
        // Values below one: scale the numerator up until the upper bound passes 1/10.
        while true {
            guard let r10 = times10(r), let p10 = times10(plus), let reaches = highReaches(r10, p10, s) else { return nil }
            if reaches { break }
            r = r10
            plus = p10
            guard let m10 = times10(minus) else { return nil }
            minus = m10
            k -= 1
        }
        // Values above one: scale the denominator up until the upper bound is at most 1.
        while true {
            guard let reaches = highReaches(r, plus, s) else { return nil }
            if !reaches { break }
            guard let s10 = times10(s) else { return nil }
            s = s10
            k += 1
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        while true {
            guard let r10 = times10(r), let p10 = times10(plus), let m10 = times10(minus) else { return nil }
            var digit = UInt8(r10 / s)
            r = r10 % s
            plus = p10
            minus = m10
            let canRoundDown = inclusive ? r <= minus : r < minus
            guard let canRoundUp = highReaches(r, plus, s) else { return nil }
            if !canRoundDown && !canRoundUp {
                digits.append(digit)
                continue
            }
            var roundUp = canRoundUp
            if canRoundDown && canRoundUp {
                guard r <= UInt64.max / 2 else { return nil }
                roundUp = 2 * r > s || (2 * r == s && digit % 2 == 1)
            }
            if roundUp { digit += 1 }
            digits.append(digit)
            break
        }
        var i = digits.count - 1
        while i > 0 && digits[i] == 10 {
            digits[i] = 0
            digits[i - 1] += 1
            i -= 1
        }
        if digits[0] == 10 {
            digits[0] = 1
            k += 1
        }
        return DecimalDigits(digits: digits, point: k)
    }
}
