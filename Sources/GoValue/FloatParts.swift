/// A finite float split as `±mantissa × 2^exponent` with an integer mantissa,
/// the form every formatting algorithm starts from.
struct FloatParts {
    let layout: FloatLayout
    let negative: Bool
    let mantissa: UInt64
    let exponent: Int
    let isNaN: Bool
    let isInfinite: Bool
    /// True when the float below is closer than the float above (a power of two).
    let lowerGapIsSmaller: Bool

    init(_ value: Double, bitSize: Int) {
        let bits: UInt64
        if bitSize == 32 {
            layout = .float32
            bits = UInt64(Float(value).bitPattern)
        } else {
            layout = .float64
            bits = value.bitPattern
        }
        let fractionMask: UInt64 = (1 << UInt64(layout.mantissaBits)) - 1
        let biased = (bits >> UInt64(layout.mantissaBits)) & layout.maxBiased
        let fraction = bits & fractionMask
        negative = (bits >> UInt64(bitSize == 32 ? 31 : 63)) & 1 == 1
        isNaN = biased == layout.maxBiased && fraction != 0
        isInfinite = biased == layout.maxBiased && fraction == 0
        if biased == 0 {
            mantissa = fraction
            exponent = layout.minExponent
            lowerGapIsSmaller = false
        } else {
            mantissa = fraction | (1 << UInt64(layout.mantissaBits))
            exponent = Int(biased) - 1 + layout.minExponent
            lowerGapIsSmaller = fraction == 0 && biased > 1
        }
    }

    /// The shortest decimal that reads back as this float; among equally short
    /// ones the closest to the exact value (halfway cases to an even digit).
    func shortestDigits() -> DecimalDigits { shortestDigitsFast() }

    /// The same digits found from full decimal expansions of the value and of the
    /// midpoints to its neighbours: slow but plainly correct, the reference for tests.
    func shortestDigitsExact() -> DecimalDigits {
        let m = mantissa, e = exponent
        if m == 0 { return DecimalDigits() }
        // An integer that the float holds exactly, with a gap of at most one to its
        // neighbours: its own digits are the shortest.
        if e <= 0 && -e < 64 && m.trailingZeroBitCount >= -e {
            return DecimalDigits(integer: m >> UInt64(-e))
        }
        let exact = DecimalDigits(mantissa: m, exponent: e)
        let upper = DecimalDigits(mantissa: 2 * m + 1, exponent: e - 1)
        let lower = lowerGapIsSmaller
            ? DecimalDigits(mantissa: 4 * m - 1, exponent: e - 2)
            : DecimalDigits(mantissa: 2 * m - 1, exponent: e - 1)
        // Round-to-even reading: the midpoints themselves read back as this float when m is even.
        let inclusive = m % 2 == 0
        var count = 1
        while count < exact.digits.count {
            let down = exact.truncated(to: count)
            let up = exact.incremented(at: count)
            let belowLower = DecimalDigits.compare(down, lower)
            let aboveUpper = DecimalDigits.compare(up, upper)
            let downFits = belowLower > 0 || (inclusive && belowLower == 0)
            let upFits = aboveUpper < 0 || (inclusive && aboveUpper == 0)
            if downFits && upFits { return exact.roundsUp(at: count) ? up : down }
            if downFits { return down }
            if upFits { return up }
            count += 1
        }
        return exact
    }
}
