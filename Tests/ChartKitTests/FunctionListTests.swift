import Foundation
import GoValue
import Testing
@testable import ChartKit

/// The engine knows exactly the function names the reference Helm v4 knows: the lists come
/// from scripts/list-helm-functions.py, which probes Helm with the same template used here.
@Suite struct FunctionListTests {
    static let present = names("helm-v4-functions.txt")
    static let absent = names("helm-v4-absent.txt")

    /// One name a line from testdata/functions.
    static func names(_ file: String) -> [String] {
        let path = TestPaths.root + "/testdata/functions/" + file
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    /// `{{ if false }}{{ NAME }}{{ end }}` in a one-template chart: the call never runs, so only
    /// the parser's function lookup is exercised, as in the probe Helm was asked with.
    static func renderProbe(_ name: String) throws(RenderError) -> [String: String] {
        var metadata = ChartMetadata()
        metadata.apiVersion = "v2"
        metadata.name = "probe"
        metadata.version = "0.1.0"
        let template = ChartFile(name: "templates/probe.yaml", data: Array("{{ if false }}{{ \(name) }}{{ end }}\n".utf8))
        let chart = Chart(metadata: metadata, templates: [template])
        let top = ChartRenderer.renderValues(chart: chart, values: GoMap(), release: ReleaseOptions(name: "rel"),
                                             capabilities: .helmTemplateDefaults())
        return try ChartRenderer().render(chart: chart, topValues: top)
    }

    @Test func listsAreLoaded() {
        // Guards the table tests below against an empty or unreadable list passing vacuously.
        #expect(Self.present.count > 200)
        #expect(Self.absent.contains("env") && Self.absent.contains("expandenv"))
    }

    @Test(arguments: present)
    func helmFunctionIsDefined(name: String) {
        do {
            let out = try Self.renderProbe(name)
            #expect(out["probe/templates/probe.yaml"] == "\n")
        } catch {
            Issue.record("\(name): \(error.message)")
        }
    }

    @Test(arguments: absent)
    func missingFunctionFailsLikeHelm(name: String) {
        do {
            _ = try Self.renderProbe(name)
            Issue.record("\(name) must be undefined, as in Helm")
        } catch {
            #expect(error.message == "parse error at (probe/templates/probe.yaml:1): function \"\(name)\" not defined")
        }
    }
}
