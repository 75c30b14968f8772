import Testing
@testable import GoValue

/// Objects print through `formatted(plus:)`, the way Go values with a `String` method do.
@Suite struct GoObjectFormattingTests {
    final class Version: GoObject {
        var goType: GoType { .pointer(.named("semver.Version", kind: .struct)) }
        func field(_ name: String) -> GoValue? { nil }
        func formatted(plus: Bool) -> String { plus ? "{Major:1}" : "1.2.3" }
    }

    @Test func verbsUseTheFormattedText() {
        let v = GoValue.object(Version())
        #expect(GoFmt.formatValue(v) == "1.2.3")
        #expect(GoFmt.sprintf("%s|%v|%8v|%-8s|%q|%x|%T", [v, v, v, v, v, v, v])
            == "1.2.3|1.2.3|   1.2.3|1.2.3   |\"1.2.3\"|312e322e33|*semver.Version")
        #expect(GoFmt.sprintf("%+v", [v]) == "{Major:1}")
        #expect(GoFmt.sprintf("%d", [v]) == "%!d(*semver.Version=1.2.3)")
        #expect(GoFmt.sprint([.list([v, .int(1)]), v]) == "[1.2.3 1] 1.2.3")
    }
}
