import Foundation
import Testing
import GoValue
@testable import Sprig

/// Random functions cannot be compared with Helm; their alphabets, lengths and ranges can.
@Suite struct CoreRandomTests {
    /// A repeatable byte source: a counter, so every draw differs.
    static func counting() -> SprigEnvironment {
        final class Counter: @unchecked Sendable { var n: UInt8 = 0 }
        let c = Counter()
        return SprigEnvironment(now: { Date(timeIntervalSince1970: 0) }, randomBytes: { k in
            (0..<k).map { _ in c.n &+= 37; return c.n }
        })
    }

    static func allowed(_ name: String, _ c: Unicode.Scalar) -> Bool {
        let letter = ("a"..."z").contains(c) || ("A"..."Z").contains(c), digit = ("0"..."9").contains(c)
        switch name {
        case "randAlphaNum": return letter || digit
        case "randAlpha": return letter
        case "randNumeric": return digit
        default: return c.value >= 32 && c.value < 127
        }
    }

    @Test(arguments: ["randAlphaNum", "randAlpha", "randNumeric", "randAscii"])
    func randomStringsUseTheirAlphabet(_ name: String) throws {
        for env in [SprigEnvironment.live, Self.counting()] {
            let f = SprigLibrary.functions(environment: env)[name]!
            let s = try #require(try f.body([.int(200)]).stringValue)
            #expect(s.unicodeScalars.count == 200)
            #expect(s.unicodeScalars.allSatisfy { Self.allowed(name, $0) }, "\(name) gave \(s)")
            #expect(try f.body([.int(-1)]).stringValue == "")
        }
    }

    @Test func shuffleIsAPermutation() throws {
        let f = SprigLibrary.functions(environment: Self.counting())["shuffle"]!
        let s = try #require(try f.body([.string("abcdefé")]).stringValue)
        #expect(s.unicodeScalars.sorted() == "abcdefé".unicodeScalars.sorted())
    }

    @Test func randIntStaysInRange() throws {
        let f = SprigLibrary.functions(environment: .live)["randInt"]!
        for _ in 0..<200 {
            guard case .int(let v) = try f.body([.int(-3), .int(4)]) else { Issue.record("not an int"); return }
            #expect((-3..<4).contains(v))
        }
        #expect(throws: GoCallError.self) { try f.body([.int(4), .int(4)]) }
    }
}
