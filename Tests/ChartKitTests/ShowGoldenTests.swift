import Foundation
import Testing
@testable import ChartKit

/// `chart show` against `helm show` (testdata/authoring/show and the shipped charts).
@Suite struct ShowGoldenTests {
    @Test func tableIsPresent() {
        #expect(LintGoldens.table.show.count >= 15)
    }

    @Test(arguments: LintGoldens.table.show.map(\.label))
    func showMatchesHelm(label: String) throws {
        let golden = try #require(LintGoldens.table.show.first { $0.label == label })
        try #require(FileManager.default.isExecutableFile(atPath: LintGoldens.binary), "build the chart binary first")
        let result = try LintGoldens.run(["show"] + golden.args, in: LintGoldens.folder + "/show")
        #expect(result.stdout.replacingOccurrences(of: TestPaths.root, with: "{ROOT}") == golden.stdout)
        #expect(result.stderr.replacingOccurrences(of: TestPaths.root, with: "{ROOT}") == LintGoldens.renamed(golden.stderr))
        #expect(result.status == golden.exit)
    }

    @Test func readmeLookupIgnoresCase() throws {
        var chart = Chart(metadata: ChartMetadata())
        chart.files = [ChartFile(name: "docs/README.md", data: []), ChartFile(name: "ReadMe.TXT", data: Array("hi".utf8))]
        #expect(ChartShow.readme(in: chart)?.name == "ReadMe.TXT")
    }
}
