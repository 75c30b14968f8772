import Foundation
import Testing
@testable import ChartKit

/// `chart lint` against `helm lint` on small charts with one fault each
/// (testdata/authoring/lint): stdout, stderr and exit status must be identical.
@Suite struct LintGoldenTests {
    static let folder = LintGoldens.folder + "/lint"
    /// Cases that fail for a reason outside lint (none today).
    static let knownGaps: Set<String> = []

    @Test func tableIsPresent() {
        #expect(LintGoldens.table.lint.count >= 40)
        #expect(Set(LintGoldens.table.lint.map { $0.args.first ?? "" }).count >= 30)
    }

    @Test(arguments: LintGoldens.table.lint.map(\.label))
    func lintMatchesHelm(label: String) throws {
        let golden = try #require(LintGoldens.table.lint.first { $0.label == label })
        try #require(FileManager.default.isExecutableFile(atPath: LintGoldens.binary), "build the chart binary first")
        if Self.knownGaps.contains(label) {
            withKnownIssue { try compare(golden) }
        } else {
            try compare(golden)
        }
    }

    /// The YAML errors lint reports, seen through `chart template` (nil inside a map key).
    @Test(arguments: LintGoldens.table.template.map(\.label))
    func templateMatchesHelm(label: String) throws {
        let golden = try #require(LintGoldens.table.template.first { $0.label == label })
        try #require(FileManager.default.isExecutableFile(atPath: LintGoldens.binary), "build the chart binary first")
        let result = try LintGoldens.run(["template"] + golden.args, in: Self.folder)
        #expect(result.stdout == golden.stdout)
        #expect(result.stderr == golden.stderr)
        #expect(result.status == golden.exit)
    }

    private func compare(_ golden: LintGoldens.Command) throws {
        let result = try LintGoldens.run(["lint"] + golden.args, in: Self.folder)
        let dir = URL(fileURLWithPath: Self.folder).standardizedFileURL.path
        func placeholders(_ text: String) -> String {
            text.replacingOccurrences(of: dir, with: "{DIR}").replacingOccurrences(of: TestPaths.root, with: "{ROOT}")
        }
        #expect(placeholders(result.stdout) == golden.stdout)
        #expect(placeholders(result.stderr) == LintGoldens.renamed(golden.stderr))
        #expect(result.status == golden.exit)
    }

    /// The shipped charts with symlinked subcharts, against the live reference Helm (stdout; the
    /// symlink lines Helm logs on stderr are compared by the golden cases for chat and wecloud).
    @Test(arguments: ["chat", "login", "profile", "wecloud"])
    func shippedChartsLintAsHelm(chart: String) throws {
        guard let helm = LintGoldens.referenceHelm else { return }
        let path = "../../../charts/" + chart
        let ours = try LintGoldens.run(["lint", path, "--strict"], in: Self.folder)
        let theirs = try LintGoldens.runTool(helm, ["lint", path, "--strict"], in: Self.folder)
        #expect(ours.stdout == theirs.stdout)
        #expect(ours.status == theirs.status)
    }

    @Test func createdChartLintsCleanUnderStrict() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("chart-create-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try ChartScaffold.create(named: "fresh", in: parent.appendingPathComponent("fresh"))
        var linter = ChartLinter()
        linter.strict = true
        let result = linter.lint(path: parent.appendingPathComponent("fresh").path)
        #expect(result.messages == [])
        #expect(!result.failed)
        if let helm = LintGoldens.referenceHelm {
            let helmResult = try LintGoldens.runTool(helm, ["lint", "--strict", "fresh"], in: parent.path)
            #expect(helmResult.status == 0)
            #expect(helmResult.stdout == "==> Linting fresh\n\n1 chart(s) linted, 0 chart(s) failed\n")
        }
    }

    @Test func createCommandPrintsHelmsLine() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("chart-create-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let result = try LintGoldens.run(["create", "web"], in: parent.path)
        #expect(result.stdout == "Creating web\n")
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: parent.path + "/web/Chart.yaml"))
        let again = try LintGoldens.run(["lint", "--strict", "web"], in: parent.path)
        #expect(again.stdout == "==> Linting web\n\n1 chart(s) linted, 0 chart(s) failed\n")
    }

    @Test func severitiesOrderAndPrint() {
        #expect(LintSeverity.info < .warning && LintSeverity.warning < .error)
        #expect(LintMessage(severity: .warning, path: "templates/a.yaml", text: "x").description == "[WARNING] templates/a.yaml: x")
    }

    @Test(arguments: [("Bad_Name", "Service", 1), ("ok-name", "Service", 0), ("9lives", "Service", 1),
                      ("a.b", "Namespace", 1), ("a.b", "ConfigMap", 0), ("", "ConfigMap", 1), ("x/y", "Role", 1)])
    func kubernetesNameRules(name: String, kind: String, problems: Int) {
        #expect(KubernetesNames.problems(name: name, kind: kind).count == problems)
    }
}
