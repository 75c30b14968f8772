import Foundation
import GoTemplate
import GoValue
import Testing
@testable import ChartKit

/// The engine with the real template engine on charts read from testdata (templates
/// from disk, metadata and values built here so no YAML decoding is involved);
/// expected texts come from the `helm template` goldens.
@Suite struct EngineRenderTests {
    static let errorModes = [
        "required", "required-empty", "fail", "fail-multi", "required-include", "nilptr", "field",
        "include-missing", "include-nested", "template-missing", "template-bad", "tpl-bad", "tpl-exec", "tpl-leak",
        "index", "upper", "upper-number",
    ]

    @Test(arguments: errorModes)
    func renderErrorsMatchHelm(mode: String) throws {
        let chart = try Self.chart(directory: "errors", name: "fn")
        let values = GoMap(["mode": .string(mode), "a": .float64(2), "name": .string("foo"), "empty": .string(""),
                            "badtpl": .string("{{ .Values.name ")])
        let expected = try Goldens.errorMessage(of: "errors-" + mode)
        do {
            _ = try render(chart, values)
            Issue.record("mode \(mode) must fail")
        } catch {
            #expect(error.message + "\n\nUse --debug flag to render out invalid YAML" == expected)
        }
    }

    @Test func requiredPassesZeroValues() throws {
        let chart = try Self.chart(directory: "errors", name: "fn")
        let out = try render(chart, GoMap(["mode": .string("required-ok")]))
        #expect(out["fn/templates/t.yaml"]?.trimmingCharacters(in: .whitespacesAndNewlines) == "# 0 false")
    }

    @Test func definesAndSideEffectsFollowHelmOrder() throws {
        let chart = try Self.chart(directory: "helpers", name: "helpers")
        let values = GoMap(["name": .string("foo"), "tplstr": .string("hello {{ .Values.name }}"),
                            "nested": .dict(["greeting": .string("{{ .Values.name | upper }}!")]), "trace": .list([])])
        let out = try render(chart, values)
        let a = try #require(out["helpers/templates/a.yaml"])
        #expect(a.contains("x: \"from _a\""))
        #expect(a.contains("tpl: \"hello foo\""))
        #expect(a.contains("tplNested: \"FOO!\""))
        #expect(a.contains("tplTemplate: \"helpers/templates/a.yaml\""))
        #expect(a.contains("tplDot: \"foo\""))
        #expect(a.contains("tplDefine: \"D\""))
        #expect(a.contains("recurse: \"1,2,3,\""))
        #expect(a.contains("noValueInclude: WzxubyB2YWx1ZT5d"))
        #expect(a.contains("noValueTpl: 2"))
        #expect(a.contains("block: default block"))
        #expect(out["helpers/templates/b.yaml"]?.contains("tmpl: helpers-foo") == true)
        #expect(out["helpers/templates/_a.tpl"] == nil)
    }

    @Test func filesObjectBehavesAsHelmFiles() throws {
        var chart = try Self.chart(directory: "files", name: "files")
        chart.templates = [ChartFile(name: "templates/t.yaml", data: Array("""
        [{{ .Files.Get "conf/app.properties" | printf "%q" }}][{{ .Files.Get "nope" }}]
        [{{ .Files.GetBytes "files/s.txt" }}][{{ .Files.Lines "files/lines.txt" }}][{{ len (.Files.Lines "files/lines.txt") }}]
        [{{ printf "%q" (.Files.Lines "files/crlf.txt") }}][{{ typeOf (.Files.Glob "conf/*") }}]
        """.utf8))]
        let out = try render(chart, GoMap())
        #expect(out["files/templates/t.yaml"] == """
        ["a=1\\nb=2\\n"][]
        [[115 101 99 114 101 116 10]][[line1 line2  line4]][4]
        [["l1\\r" "l2\\r"]][engine.files]
        """)
    }

    @Test func builtInObjectsCarryHelmV4Shapes() throws {
        var chart = Chart(metadata: Self.metadata("eng"))
        chart.metadata.appVersion = "4.5"
        chart.metadata.annotations = ["foo": "bar"]
        chart.templates = [ChartFile(name: "templates/t.yaml", data: Array("""
        {{ .Release }}
        {{ .Chart.Name }} {{ .Chart.IsRoot }} {{ .Chart.Annotations }} {{ .Chart.Keywords }} [{{ .Chart.name }}]
        {{ .Capabilities.KubeVersion }} {{ .Capabilities.KubeVersion.Version }} {{ .Capabilities.KubeVersion.Major }} {{ .Capabilities.KubeVersion.GitVersion }}
        {{ .Capabilities.APIVersions.Has "apps/v1" }} {{ .Capabilities.APIVersions.Has "apps/v1/Deployment" }}
        {{ .Capabilities.HelmVersion }} {{ typeOf .Capabilities }}
        {{ .Template.Name }} {{ .Template.BasePath }} {{ keys . | sortAlpha }}
        {{ lookup "v1" "ConfigMap" "default" "x" }} [{{ getHostByName "localhost" }}]
        """.utf8))]
        let out = try render(chart, GoMap())
        #expect(out["eng/templates/t.yaml"] == """
        map[IsInstall:true IsUpgrade:false Name:rel Namespace:default Revision:1 Service:Helm]
        eng true map[foo:bar] [] []
        v1.35.0 v1.35.0 1 v1.35.0
        true false
        {v4.1.4 05fa37973dc9e42b76e1d2883494c87174b6074f clean go1.25.9 v1.35} *common.Capabilities
        eng/templates/t.yaml eng/templates [Capabilities Chart Files Release Subcharts Template Values]
        map[] []
        """)
    }

    @Test func includeRecursionStopsAtHelmsLimit() throws {
        var chart = Chart(metadata: Self.metadata("fn"))
        chart.templates = [ChartFile(name: "templates/t.yaml", data: Array(
            "{{ define \"fn.rec\" }}{{ include \"fn.rec\" . }}{{ end }}{{ include \"fn.rec\" . }}".utf8))]
        do {
            _ = try render(chart, GoMap())
            Issue.record("endless include must fail")
        } catch {
            #expect(error.message.hasSuffix("error calling include: rendering template has a nested reference name: fn.rec: unable to execute template"))
            #expect(error.message.components(separatedBy: "executing \"fn.rec\"").count - 1 == 1001)
        }
    }

    private func render(_ chart: Chart, _ values: GoMap) throws(RenderError) -> [String: String] {
        let top = ChartRenderer.renderValues(chart: chart, values: values, release: ReleaseOptions(name: "rel"),
                                             capabilities: .helmTemplateDefaults())
        return try ChartRenderer().render(chart: chart, topValues: top)
    }

    static func metadata(_ name: String) -> ChartMetadata {
        var md = ChartMetadata()
        md.apiVersion = "v2"
        md.name = name
        md.version = "0.1.0"
        return md
    }

    /// A chart from a testdata folder: its templates and files as the loader reads them.
    static func chart(directory: String, name: String) throws -> Chart {
        let files = try ChartLoader.readDirectory(TestPaths.charts + "/" + directory)
        return Chart(metadata: metadata(name),
                     templates: files.filter { $0.name.hasPrefix("templates/") },
                     files: files.filter { !$0.name.hasPrefix("templates/") && $0.name != "Chart.yaml" && $0.name != "values.yaml" })
    }
}
