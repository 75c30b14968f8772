import Foundation
import Testing
import GoValue
@testable import Sprig

/// strconv's number syntax, cross-checked against Swift's own parsers on generated inputs.
@Suite struct CoreCastTests {
    /// A repeatable stream of numbers for generated inputs.
    struct Stream {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    @Test func decimalAndHexIntegersAgreeWithSwift() {
        var r = Stream(state: 42)
        for _ in 0..<5000 {
            let v = Int64(bitPattern: r.next()) >> Int64(r.next() % 64)
            let dec = String(v)
            #expect(SprigCast.parseInt(dec, base: 0).value == v)
            #expect(SprigCast.parseInt(dec, base: 10).value == v)
            let hex = (v < 0 ? "-0x" : "0x") + String(v.magnitude, radix: 16)
            #expect(SprigCast.parseInt(hex, base: 0).value == v, "\(hex)")
            #expect(SprigCast.parseInt(hex, base: 10).error == .syntax)
        }
    }

    @Test func outOfRangeClampsAsGoDoes() {
        #expect(SprigCast.parseInt("9223372036854775808", base: 10) == (Int64.max, .range))
        #expect(SprigCast.parseInt("-9223372036854775809", base: 0) == (Int64.min, .range))
        #expect(SprigCast.parseInt("-9223372036854775808", base: 0) == (Int64.min, nil))
        #expect(SprigCast.parseInt("99999999999999999999999", base: 0).error == .range)
    }

    @Test(arguments: [("1_000", 1000 as Int64?), ("0x_1F", 31), ("0_7", 7), ("1__0", nil), ("_1", nil), ("1_", nil),
                      ("0b101", 5), ("0o17", 15), ("017", 15), ("08", nil), ("0x", nil), ("+0", 0), ("", nil), ("--1", nil)])
    func goLiteralSyntax(_ text: String, _ want: Int64?) {
        let parsed = SprigCast.parseInt(text, base: 0)
        #expect((parsed.error == nil ? parsed.value : nil) == want)
    }

    @Test func decimalFloatsAgreeWithSwift() {
        var r = Stream(state: 7)
        for _ in 0..<5000 {
            let d = Double(bitPattern: r.next())
            guard d.isFinite else { continue }
            let text = "\(d)"
            #expect(SprigCast.parseFloat(text) == d, "\(text)")
            #expect(SprigCast.parseFloat(String(format: "%.17g", d)) == d)
        }
    }

    @Test(arguments: [("1e", nil), (".5", 0.5), ("5.", 5.0), ("0x1", nil), ("0x1p-2", 0.25), ("1e400", nil),
                      ("1e-400", 0.0), ("+.5e-3", 0.0005), ("1_0.5", 10.5), (" 1", nil), ("Infinity", Double.infinity),
                      ("-inf", -Double.infinity), ("+nan", nil), (".", nil), ("e5", nil), ("1e+", nil)])
    func goFloatSyntax(_ text: String, _ want: Double?) {
        #expect(SprigCast.parseFloat(text) == want)
    }

    @Test func floatToIntTruncatesLikeAmd64() {
        #expect(SprigCast.goTruncate(-3.9) == -3)
        #expect(SprigCast.goTruncate(9.3e18) == Int64.min)
        #expect(SprigCast.goTruncate(-9.3e18) == Int64.min)
        #expect(SprigCast.goTruncate(.nan) == Int64.min)
        #expect(SprigCast.goTruncate(-9_223_372_036_854_775_808.0) == Int64.min)
    }
}
