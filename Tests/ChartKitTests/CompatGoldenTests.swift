import Foundation
import Testing

/// Reductions of real-world charts where `chart template` once differed from `helm template`
/// (testdata/goldens/compat.json, made by scripts/gen-compat-goldens.py from testdata/charts/compat-*).
@Suite struct CompatGoldenTests {
    static let cases: [Goldens.Case] = {
        guard let data = FileManager.default.contents(atPath: TestPaths.goldens + "/compat.json"),
              let file = try? JSONDecoder().decode(Goldens.File.self, from: data) else { return [] }
        return file.cases
    }()

    @Test(arguments: cases.map(\.name))
    func compatChartMatchesHelm(name: String) throws {
        let golden = try #require(Self.cases.first { $0.name == name })
        try #require(FileManager.default.isExecutableFile(atPath: TemplateGoldenTests.binary),
                     "build the chart binary first (swift build --build-tests)")
        let result = try TemplateGoldenTests.run(["template"] + golden.args)
        #expect(result.stdout.replacingOccurrences(of: TestPaths.charts, with: "{CHARTS}") == golden.stdout)
        #expect(result.stderr.replacingOccurrences(of: TestPaths.charts, with: "{CHARTS}") == golden.stderr)
        #expect(result.status == golden.exit)
    }

    @Test func everyCompatChartHasAGolden() throws {
        let charts = try FileManager.default.contentsOfDirectory(atPath: TestPaths.charts).filter { $0.hasPrefix("compat-") }
        #expect(Set(charts).isSubset(of: Set(Self.cases.map(\.name))))
        #expect(!charts.isEmpty)
    }
}
