import Testing
@testable import GoValue

/// Golden cases from the reference Helm (scripts/gen-fmt-cases.py → testdata/fmt/cases.json).
@Suite struct FmtCasesTests {
    @Test func tableIsPresent() {
        #expect(FmtCase.all.count > 5000)
    }

    /// Each group of the table: every case's whole output must equal Helm's.
    @Test(arguments: ["basic", "shortest", "precision", "print", "float32", "parse", "random", "json"])
    func group(_ name: String) {
        let cases = FmtCase.all.filter { $0.group == name }
        #expect(!cases.isEmpty)
        var failures = 0
        for c in cases {
            let actual = c.actual()
            // Swift strings cannot hold invalid UTF-8: compare such outputs as decoded text.
            let expected = Array(String(decoding: c.expected, as: UTF8.self).utf8)
            if actual != expected {
                failures += 1
                if failures <= 40 {
                    Issue.record("\(c): got \(String(decoding: actual, as: UTF8.self).debugDescription), want \(String(decoding: expected, as: UTF8.self).debugDescription)")
                }
            }
        }
        #expect(failures == 0, "\(failures) of \(cases.count) \(name) cases differ")
    }
}
