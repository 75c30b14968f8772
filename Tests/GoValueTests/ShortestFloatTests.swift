import Testing
@testable import GoValue

/// The fast shortest-digit generator must agree with the plain exact-decimal one
/// (which the Helm golden cases check) on every kind of double and float32.
@Suite struct ShortestFloatTests {
    /// A fixed-seed generator so that failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func samples(count: Int, seed: UInt64) -> [Double] {
        var rng = SplitMix(state: seed)
        var values: [Double] = [0.1, 0.3, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                                9007199254740993, 4.35, 1e-7, 123456.789, 0x1p-1022, 0x1p-1021, 0x1p60]
        for e in stride(from: -1074, through: 1023, by: 1) { values.append(0x1p0 * pow2(e)) }
        while values.count < count {
            let pick = rng.next() % 4
            let bits: UInt64
            switch pick {
            case 0: bits = rng.next() & 0x7FEF_FFFF_FFFF_FFFF
            case 1: bits = rng.next() & 0x000F_FFFF_FFFF_FFFF
            case 2: bits = (rng.next() & 0x000F_FFFF_FFFF_FFFF) | (UInt64(1000 + rng.next() % 100) << 52)
            default: bits = Double(Int64(bitPattern: rng.next() >> 20)) .bitPattern
            }
            values.append(Double(bitPattern: bits))
        }
        return values
    }

    static func pow2(_ e: Int) -> Double { Double(sign: .plus, exponent: e, significand: 1) }

    @Test func fastMatchesExactForDoubles() {
        var mismatches = 0
        for value in ShortestFloatTests.samples(count: 6000, seed: 42) where value.isFinite {
            let parts = FloatParts(value, bitSize: 64)
            let fast = parts.shortestDigitsFast(), exact = parts.shortestDigitsExact()
            if fast != exact {
                mismatches += 1
                if mismatches < 10 { Issue.record("\(value): fast \(fast) exact \(exact)") }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func fastMatchesExactForFloat32() {
        var rng = SplitMix(state: 7)
        var mismatches = 0
        for _ in 0..<4000 {
            let value = Double(Float(bitPattern: UInt32(truncatingIfNeeded: rng.next()) & 0x7F7F_FFFF))
            let parts = FloatParts(value, bitSize: 32)
            if parts.shortestDigitsFast() != parts.shortestDigitsExact() { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    /// Shortest digits must read back as the same float.
    @Test func shortestRoundTrips() {
        for value in ShortestFloatTests.samples(count: 3000, seed: 9) where value.isFinite {
            let text = Strconv.formatFloat(value, format: "g", precision: -1, bitSize: 64)
            #expect(Strconv.parseFloat(text).value == value, "\(text)")
        }
    }
}
