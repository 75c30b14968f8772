import Foundation
import Testing
import GoValue
@testable import Sprig

@Suite struct DatesTests {
    static let cases = ExtCase.load("dates")

    /// The oracle ran with TZ=UTC, so Local is UTC here too; the clock is pinned.
    static let pinnedNow = Date(timeIntervalSince1970: 1_710_052_200)
    static func evaluator() -> ExtEvaluator {
        var e = ExtEvaluator()
        let env = SprigEnvironment(now: { pinnedNow }, randomBytes: { Array(repeating: 0, count: $0) })
        e.functions.merge(SprigDates.functions(env, local: .utc)) { _, new in new }
        return e
    }

    @Test func tableIsLoaded() {
        #expect(Self.cases.count >= 200)
    }

    /// Every call the reference Helm ran with fixed inputs: same type and printed value, or error.
    @Test(arguments: cases)
    func matchesHelm(_ c: ExtCase) {
        do {
            let v = try Self.evaluator().evaluate(c)
            #expect(c.err == nil, "expected error \(c.err ?? "")")
            #expect(extTypeName(v) == c.type)
            #expect(extFormat(v) == c.out)
            #expect(extJSON(v) == c.json)
        } catch {
            #expect(c.err == "\(error)")
        }
    }

    /// `now`-based functions cannot be compared with Helm; check their properties instead.
    @Test func nowFollowsTheInjectedClock() throws {
        let e = Self.evaluator()
        let now = try e.call("now", [])
        #expect(extTypeName(now) == "time.Time")
        let text = extFormat(now)
        #expect(text.hasPrefix("2024-03-10 06:30:00 +0000 UTC m=+"))
        #expect(extFormat(try e.call("htmlDate", [.string("not a time")])) == "2024-03-10")
        #expect(extFormat(try e.call("ago", [.call("toDate", [.string("2006-01-02"), .string("2024-03-09")])])) == "30h30m0s")
        #expect(extFormat(try e.call("date", [.string("2006"), .int(0)])) == "1970")
        let rounded = try e.call("durationRound", [.call("toDate", [.string("2006"), .string("2020")])])
        #expect(extFormat(rounded) == "4y")
    }

    /// What `toJson` should see for a time and a version, whichever encoder asks.
    @Test func jsonViews() throws {
        let t = GoTimeObject(GoTime(unixSeconds: 1_710_052_200, nanoseconds: 5_000, location: .fixed("", offset: -25_200)))
        #expect(marshaledJSON(t) == "\"2024-03-09T23:30:00.000005-07:00\"")
        #expect(try t.goJSONValue().stringValue == "2024-03-09T23:30:00.000005-07:00")
        #expect(try SemverVersionObject(SemanticVersion(parsing: "v1.2")).goJSONValue().stringValue == "1.2.0")
    }

    @Test func durationsPrintLikeGo() throws {
        #expect(GoDuration.format(3_723_500_000_000) == "1h2m3.5s")
        #expect(GoDuration.format(1_500) == "1.5µs")
        #expect(GoDuration.format(-1) == "-1ns")
        #expect(try GoDuration.parse("1h30m") == 5_400_000_000_000)
        #expect(throws: GoDuration.ParseError.self) { try GoDuration.parse("1d") }
    }
}
