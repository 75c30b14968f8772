import Foundation
import GoTemplate
import GoValue
import Testing
@testable import ChartKit

/// The engine's ordering, error layout and built-in objects (HELM-NOTES 5.6-5.8, 8).
@Suite struct EngineTests {
    @Test func templatesRunDeepestFirstThenReverseByteOrder() {
        let order = ChartRenderer.executionOrder([
            "eng/templates/a.yaml", "eng/templates/b.yaml", "eng/templates/c.yaml", "eng/templates/deep/d.yaml",
            "eng/charts/kid/templates/k.yaml", "eng/templates/_a.tpl",
        ])
        #expect(order == [
            "eng/charts/kid/templates/k.yaml", "eng/templates/deep/d.yaml", "eng/templates/c.yaml",
            "eng/templates/b.yaml", "eng/templates/a.yaml", "eng/templates/_a.tpl",
        ])
    }

    @Test func renderBuildsEachChartsDotAndSkipsPartials() throws {
        var child = Chart(metadata: metadata("kid"), templates: [ChartFile(name: "templates/k.yaml", data: [])])
        child.files = [ChartFile(name: "conf/k.txt", data: Array("kid".utf8))]
        let parent = Chart(metadata: metadata("eng"),
                           templates: [ChartFile(name: "templates/a.yaml", data: Array("A".utf8)),
                                       ChartFile(name: "templates/_h.tpl", data: Array("H".utf8))],
                           dependencies: [child])
        let values = GoMap(["kid": .dict(["v": .int(1)]), "top": .string("t")])
        let top = ChartRenderer.renderValues(chart: parent, values: values, release: ReleaseOptions(name: "r"),
                                             capabilities: .helmTemplateDefaults())
        let runner = RecordingRunner()
        let out = try ChartRenderer(makeRunner: { _ in runner }).render(chart: parent, topValues: top)
        #expect(runner.parsed == ["eng/charts/kid/templates/k.yaml", "eng/templates/a.yaml", "eng/templates/_h.tpl"])
        #expect(Set(out.keys) == ["eng/charts/kid/templates/k.yaml", "eng/templates/a.yaml"])
        let kidDot = try #require(runner.dots["eng/charts/kid/templates/k.yaml"])
        #expect(kidDot["Values"]?.type?.description == "common.Values")
        #expect(kidDot["Values"]?.namedCollectionUnwrapped.mapValue?["v"].map { if case .int(1) = $0 { true } else { false } } == true)
        #expect(kidDot["Template"]?.mapValue?["BasePath"]?.stringValue == "eng/charts/kid/templates")
        #expect(kidDot["Chart"]?.mapValue?["IsRoot"].map { if case .bool(false) = $0 { true } else { false } } == true)
        let parentDot = try #require(runner.dots["eng/templates/a.yaml"])
        #expect(parentDot["Values"]?.namedCollectionUnwrapped.mapValue?["top"]?.stringValue == "t")
        #expect(parentDot["Subcharts"]?.mapValue?["kid"]?.mapValue?["Values"]?.namedCollectionUnwrapped.mapValue?["v"] != nil)
        #expect(parentDot["Template"]?.mapValue?["Name"]?.stringValue == "eng/templates/a.yaml")
    }

    @Test func libraryChartsOnlyContributePartials() throws {
        var lib = Chart(metadata: metadata("common"),
                        templates: [ChartFile(name: "templates/_svc.tpl", data: []),
                                    ChartFile(name: "templates/ignored.yaml", data: [])])
        lib.metadata.type = "library"
        let app = Chart(metadata: metadata("app"), dependencies: [lib])
        let runner = RecordingRunner()
        _ = try ChartRenderer(makeRunner: { _ in runner }).render(chart: app, topValues: GoMap())
        #expect(runner.parsed == ["app/charts/common/templates/_svc.tpl"])
    }

    @Test func includeCountsActiveCallsPerName() throws {
        let runner = RecordingRunner()
        runner.defined = ["rec"]
        let counter = ChartRenderer.IncludeCounter()
        let include = ChartRenderer.include(in: runner, counter: counter)
        counter.active["rec"] = ChartRenderer.recursionLimit + 1
        #expect(throws: GoCallError.self) { try include.body([.string("rec"), .nil]) }
        counter.active["rec"] = 3
        _ = try include.body([.string("rec"), .nil])
        #expect(counter.active["rec"] == 3)
        do {
            _ = try include.body([.string("nope"), .nil])
            Issue.record("a missing template must fail")
        } catch {
            #expect("\(error)" == "template: no template \"nope\" associated with template \"gotpl\"")
        }
    }

    @Test(arguments: [
        ("1.25", "v1.25", "v1.25", "1", "25"), ("v1.25.3-gke.100", "v1.25.3", "v1.25.3-gke.100", "1", "25"),
        ("1.30.1+k3s1", "v1.30.1", "v1.30.1+k3s1", "1", "30"),
    ])
    func kubeVersionsParseAsKubernetesDoes(text: String, printed: String, git: String, major: String, minor: String) throws {
        let v = try KubeVersion.parse(text)
        #expect(v.formatted(plus: false) == printed)
        #expect(v.version == git)
        #expect(v.major == major && v.minor == minor)
    }

    @Test func badKubeVersionsFailWithKubernetesWords() {
        #expect((try? KubeVersion.parse("1")) == nil)
        do { _ = try KubeVersion.parse("abc") } catch { #expect(error.description == "could not parse \"abc\" as version") }
        do { _ = try KubeVersion.parse("1") } catch { #expect(error.description == "illegal version string \"1\"") }
    }

    @Test func defaultCapabilitiesMatchHelmV4() {
        let caps = Capabilities.helmTemplateDefaults()
        #expect(caps.apiVersions.versions.count == 57)
        #expect(caps.kubeVersion.version == "v1.35.0")
        #expect(caps.helmVersion.formatted(plus: false) == "{v4.1.4 05fa37973dc9e42b76e1d2883494c87174b6074f clean go1.25.9 v1.35}")
    }

    @Test(arguments: [("r", true), ("my-rel.v1", true), ("Bad_Name", false), (String(repeating: "a", count: 54), false),
                      (String(repeating: "a", count: 53), true), ("-x", false), ("", false)])
    func releaseNamesFollowDNSRules(name: String, valid: Bool) {
        #expect(((try? ReleaseOptions.validateName(name)) != nil) == valid)
    }

    @Test(arguments: [
        ("conf/*", "conf/a.txt", true), ("conf/*", "conf/sub/a.txt", false), ("conf/**", "conf/sub/a.txt", true),
        ("*", ".hidden", true), ("*", "a/b", false), ("**", "a/b/c", true), ("conf/*.{yaml,properties}", "conf/x.yaml", true),
        ("conf/*.{yaml,properties}", "conf/x.txt", false), ("f?les/[a-c]*", "files/b.txt", true), ("[!a]*", "a", false),
    ])
    func filesGlobUsesGobwasRules(pattern: String, path: String, matches: Bool) throws {
        #expect(try FileGlob(pattern).matches(path) == matches)
    }

    private func metadata(_ name: String) -> ChartMetadata {
        var md = ChartMetadata()
        md.name = name
        md.version = "1.0.0"
        md.apiVersion = "v2"
        return md
    }
}

/// A template runner that records what the renderer asks of it.
final class RecordingRunner: TemplateRunner, @unchecked Sendable {
    var functions: [String: GoFunction] = [:]
    var parsed: [String] = []
    var defined: Set<String> = []
    var dots: [String: GoMap] = [:]

    func parse(name: String, text: String, leftDelimiter: String, rightDelimiter: String) throws {
        parsed.append(name)
        defined.insert(name)
    }

    func execute(name: String, data: GoValue) throws -> String {
        // Helm hands each template its dot as common.Values; the map beneath is what is recorded.
        if let m = data.namedCollectionUnwrapped.mapValue { dots[name] = m.copy() }
        if let t = data.namedCollectionUnwrapped.mapValue?["Template"]?.namedCollectionUnwrapped.mapValue {
            dots[name]?["Template"] = .map(t.copy())
        }
        return "out <no value>"
    }

    func hasTemplate(_ name: String) -> Bool { defined.contains(name) }
    func cloneRunner() -> TemplateRunner { self }
}

/// Reads expected outputs from testdata/goldens/template.json (made by scripts/gen-chart-goldens.py).
enum Goldens {
    struct Case: Decodable {
        var name: String
        var args: [String]
        var exit: Int32
        var stdout: String
        var stderr: String
        var files: [String: String]?
        /// Extra environment, e.g. `HELM_PLUGINS: {PLUGINS}` for post-renderer cases.
        var env: [String: String]?
        /// Charts copied to a temporary `{TMP}` first, for cases that write into the chart.
        var copy: [String]?
    }

    struct File: Decodable { var helm: String; var cases: [Case] }

    static let all: [Case] = {
        guard let data = FileManager.default.contents(atPath: TestPaths.goldens + "/template.json"),
              let file = try? JSONDecoder().decode(File.self, from: data) else { return [] }
        return file.cases
    }()

    static func named(_ name: String) throws -> Case {
        try #require(all.first { $0.name == name })
    }

    /// The text after `Error: ` in the golden's stderr, without the final newline.
    static func errorMessage(of name: String) throws -> String {
        let stderr = try named(name).stderr
        let range = try #require(stderr.range(of: "Error: "))
        var message = String(stderr[range.upperBound...])
        if message.hasSuffix("\n") { message.removeLast() }
        return message
    }
}
