import Testing
@testable import GoValue

/// The 128-bit `%.Nf` rounding must agree with rounding the full exact expansion.
@Suite struct FixedFloatTests {
    @Test func wordRoundingMatchesExact() {
        var rng = ShortestFloatTests.SplitMix(state: 2024)
        var checked = 0, mismatches = 0
        for n in 0..<6000 {
            let value: Double
            switch n % 3 {
            case 0: value = Double(rng.next() % 10_000_000) / 1000 + 0.0005   // many near-halfway cases
            case 1: value = Double(bitPattern: (rng.next() & 0x000F_FFFF_FFFF_FFFF) | (UInt64(990 + rng.next() % 70) << 52))
            default: value = Double(rng.next() % 1000) / 8                      // exact halves and eighths
            }
            let parts = FloatParts(value, bitSize: 64)
            let fraction = Int(rng.next() % 20)
            guard let fast = DecimalDigits.roundedToFraction(mantissa: parts.mantissa, exponent: parts.exponent,
                                                             fraction: fraction) else { continue }
            let exact = DecimalDigits(mantissa: parts.mantissa, exponent: parts.exponent)
            let reference = exact.rounded(to: exact.point + fraction)
            checked += 1
            // Go leaves digits unrounded when they all lie beyond the places; compare what prints.
            if Strconv.formatFloatLayout(fast, fraction) != Strconv.formatFloatLayout(reference, fraction) {
                mismatches += 1
                if mismatches < 10 { Issue.record("\(value) %.\(fraction)f: \(fast) vs \(reference)") }
            }
        }
        #expect(checked > 3000)
        #expect(mismatches == 0)
    }
}

extension Strconv {
    /// The `%f` text of digits, for comparing two roundings by what they print.
    static func formatFloatLayout(_ d: DecimalDigits, _ fraction: Int) -> String {
        var out: [UInt8] = []
        appendFixedForm(&out, negative: false, d, precision: fraction)
        return String(decoding: out, as: UTF8.self)
    }
}
