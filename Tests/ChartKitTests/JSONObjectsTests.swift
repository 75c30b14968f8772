import Foundation
import GoValue
import Testing
@testable import ChartKit

/// `toJson`/`toYaml` of the objects Sprig returns (times, versions, months, weekdays,
/// certificates) through the whole engine; expected lines come from the reference Helm
/// (scripts/gen-json-objects-cases.py).
@Suite struct JSONObjectsTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var template: String
        var expected: String
        var testDescription: String { template }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: TestPaths.root + "/testdata/json-objects.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }()

    @Test func tableIsPresent() {
        #expect(Self.cases.count >= 18)
    }

    @Test(arguments: cases)
    func encodesLikeHelm(_ c: Case) throws {
        let chart = Chart(metadata: EngineRenderTests.metadata("c"),
                          templates: [ChartFile(name: "templates/t.yaml", data: Array(c.template.utf8))], files: [])
        let top = ChartRenderer.renderValues(chart: chart, values: GoMap(), release: ReleaseOptions(name: "r"),
                                             capabilities: .helmTemplateDefaults())
        let out = try ChartRenderer().render(chart: chart, topValues: top)
        let text = try #require(out["c/templates/t.yaml"])
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == c.expected)
    }
}
