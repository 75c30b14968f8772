import Foundation
import Testing
import GoValue
import GoTemplate
@testable import Sprig

/// Runs the oracle cases through the real template engine (parsing, argument conversion,
/// method calls on results, printing), for all three families this helper owns.
@Suite struct SemverTemplateRunTests {
    /// Every case; `int64` comes from the core Sprig families.
    static let cases = ExtCase.all

    static func render(_ expr: String) throws -> String {
        let env = SprigEnvironment(now: { DatesTests.pinnedNow }, randomBytes: { Array(repeating: 0, count: $0) })
        var functions = SprigLibrary.functions(environment: env)
        functions.merge(SprigDates.functions(env, local: .utc)) { _, new in new }
        let set = TemplateSet(functions: functions, missingKey: .zero)
        try set.parse(name: "t", text: "{{ " + expr + " }}")
        return try set.execute(name: "t", data: .nil)
    }

    @Test(arguments: cases)
    func rendersLikeHelm(_ c: ExtCase) throws {
        do {
            let out = try Self.render(c.expr)
            #expect(c.err == nil, "expected error \(c.err ?? "")")
            #expect(out == c.out)
        } catch {
            let message = "\(error)"
            #expect(c.err != nil && message.contains(c.err!), "\(message)")
        }
    }
}
