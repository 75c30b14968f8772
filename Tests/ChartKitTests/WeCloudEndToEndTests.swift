import Foundation
import Testing

/// The shipped WeCloud charts end to end through the built `chart` binary: strict lint of
/// every ci/ scenario, Kubernetes schema validation of every rendered manifest
/// (scripts/validate-manifests.py), and package → install → upgrade → rollback → history.
@Suite struct WeCloudEndToEndTests {
    /// One chart rendered with one of its ci/ values files (nil: the chart's defaults).
    struct Scenario: Sendable, CustomTestStringConvertible {
        var chart: String
        var valuesFile: String?
        var testDescription: String { chart + " " + (valuesFile.map { ($0 as NSString).lastPathComponent } ?? "(defaults)") }
        var valuesArgs: [String] { valuesFile.map { ["-f", $0] } ?? [] }
    }

    static let charts = ["mysql", "redis", "profile", "login", "chat", "wecloud"]

    static let scenarios: [Scenario] = charts.flatMap { chart -> [Scenario] in
        let ci = TestPaths.root + "/charts/\(chart)/ci"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: ci)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        return [Scenario(chart: chart, valuesFile: nil)] + files.map { Scenario(chart: chart, valuesFile: "charts/\(chart)/ci/\($0)") }
    }

    struct Output { var stdout: String; var stderr: String; var status: Int32 }

    static let binary = TestPaths.root + "/.build/debug/chart"
    static let referenceHelm = "/root/.cache/reference-helm/v4/helm"

    /// Runs a tool with its output in temporary files (pipes could fill and block on large manifests).
    static func run(_ tool: String, _ args: [String], environment extra: [String: String] = [:], stdinFile: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: TestPaths.root)
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let temp = FileManager.default.temporaryDirectory
        let out = temp.appendingPathComponent("wecloud-e2e-\(UUID().uuidString).out")
        let err = temp.appendingPathComponent("wecloud-e2e-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = try stdinFile.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close(); try errHandle.close()
        return Output(stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self),
                      status: process.terminationStatus)
    }

    static func chart(_ args: [String], environment: [String: String] = [:]) throws -> Output {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the chart binary first (swift build --build-tests)")
        return try run(binary, args, environment: environment)
    }

    static func makeTemporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wecloud-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Replaces the timestamps a release prints so whole outputs can be compared.
    static func maskTimes(_ text: String) -> String {
        text.replacingOccurrences(of: #"[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\d \d{2}:\d{2}:\d{2} \d{4}"#, with: "<TIME>", options: .regularExpression)
    }

    @Test func everyChartHasCIScenarios() {
        for chart in Self.charts {
            #expect(Self.scenarios.filter { $0.chart == chart && $0.valuesFile != nil }.count >= 3, "\(chart) needs ci/ scenarios")
        }
    }

    @Test(arguments: scenarios)
    func lintsStrictly(_ scenario: Scenario) throws {
        let path = "charts/" + scenario.chart
        let ours = try Self.chart(["lint", "--strict", path] + scenario.valuesArgs)
        #expect(ours.status == 0, "chart lint --strict: \(ours.stdout)\(ours.stderr)")
        #expect(ours.stdout.contains("1 chart(s) linted, 0 chart(s) failed"), "\(ours.stdout)")
        guard FileManager.default.isExecutableFile(atPath: Self.referenceHelm) else { return }
        let home = try Self.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let helm = try Self.run(Self.referenceHelm, ["lint", "--strict", path] + scenario.valuesArgs, environment: ["HOME": home])
        #expect(helm.status == 0, "helm lint --strict: \(helm.stdout)\(helm.stderr)")
    }

    /// Python with kubernetes-validate, which scripts/setup.sh installs.
    static func requireValidator() throws {
        let python = try run("/usr/bin/env", ["python3", "-c", "import kubernetes_validate"])
        try #require(python.status == 0, "python3 with kubernetes-validate is needed: run scripts/setup.sh (pip install kubernetes-validate): \(python.stderr)")
    }

    /// Validates a rendered manifest; returns the validator's failure lines.
    static func validate(_ manifest: String) throws -> Output {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("wecloud-e2e-\(UUID().uuidString).yaml").path
        try manifest.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        return try run("/usr/bin/env", ["python3", TestPaths.root + "/scripts/validate-manifests.py"], stdinFile: file)
    }

    @Test func validatorRejectsAnInvalidManifest() throws {
        try Self.requireValidator()
        let bad = "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n    - port: eighty\n"
        let result = try Self.validate(bad)
        #expect(result.status == 1)
        #expect(result.stdout == "document 1: Service/x: spec.ports.0.port: 'eighty' is not of type 'integer'\n")
        // Strict: a field the schema does not define is a failure, not silently ignored.
        let unknownField = try Self.validate("apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  bogus: 1\n")
        #expect(unknownField.status == 1)
        #expect(unknownField.stdout == "document 1: Service/x: spec: Additional properties are not allowed ('bogus' was unexpected)\n")
        let unknownKind = try Self.validate("# Source: a/b.yaml\napiVersion: example.com/v1\nkind: Gadget\nmetadata:\n  name: g\n")
        #expect(unknownKind.status == 1)
        #expect(unknownKind.stdout.hasPrefix("a/b.yaml: Gadget/g: Couldn't find schema for kind Gadget"))
    }

    @Test(arguments: scenarios)
    func rendersSchemaValidManifests(_ scenario: Scenario) throws {
        try Self.requireValidator()
        let rendered = try Self.chart(["template", scenario.chart, "charts/" + scenario.chart] + scenario.valuesArgs)
        try #require(rendered.status == 0, "\(rendered.stderr)")
        let result = try Self.validate(rendered.stdout)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains(" valid, 0 failed"))
    }

    /// The lifecycle a user runs: package every chart, install the umbrella from its archive,
    /// turn chat autoscaling on, roll back, and read the history, values and status.
    @Test func packageInstallUpgradeRollback() throws {
        let work = try Self.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let packages = work + "/packages"
        for chart in Self.charts {
            let packaged = try Self.chart(["package", "charts/" + chart, "-d", packages])
            #expect(packaged.status == 0, "\(packaged.stderr)")
            #expect(packaged.stdout == "Successfully packaged chart and saved it to: \(packages)/\(chart)-1.0.0.tgz\n")
        }
        let archive = packages + "/wecloud-1.0.0.tgz"
        // The symlinked subcharts travel inside the umbrella archive, so it renders like the folder.
        let minimal = "charts/wecloud/ci/minimal-values.yaml"
        let fromFolder = try Self.chart(["template", "wecloud", "charts/wecloud", "-f", minimal])
        let fromArchive = try Self.chart(["template", "wecloud", archive, "-f", minimal])
        #expect(fromArchive.status == 0)
        #expect(fromArchive.stdout == fromFolder.stdout)

        let env = ["CHART_HOME": work + "/home"]
        let notes = try Self.helmNotes(archive: archive, values: minimal) ?? Self.ourNotes(archive, minimal, env)
        #expect(notes.hasPrefix("WeCloud 3.0.2 is being deployed as release wecloud in namespace default.\n"))
        func header(_ revision: Int, _ description: String) -> String {
            "NAME: wecloud\nLAST DEPLOYED: <TIME>\nNAMESPACE: default\nSTATUS: deployed\nREVISION: \(revision)\nDESCRIPTION: \(description)\nNOTES:\n"
        }

        let install = try Self.chart(["install", "wecloud", archive, "-f", minimal], environment: env)
        #expect(install.status == 0, "\(install.stderr)")
        #expect(Self.maskTimes(install.stdout) == header(1, "Install complete") + notes)
        let manifest1 = try Self.chart(["get", "manifest", "wecloud"], environment: env).stdout
        // The stored manifest is what Helm's template prints, minus the test hooks it appends.
        let golden = try #require(Self.helmTemplateGolden(valuesFile: minimal))
        // `get manifest` ends the stored manifest with one more newline, as Helm's Println does.
        #expect(manifest1.hasSuffix("\n\n"))
        let stored = String(manifest1.dropLast())
        #expect(golden.hasPrefix(stored))
        let hooks = golden.dropFirst(stored.count).components(separatedBy: "---\n").filter { !$0.isEmpty }
        #expect(!hooks.isEmpty && hooks.allSatisfy { $0.contains("helm.sh/hook: test") })
        #expect(!manifest1.contains("kind: HorizontalPodAutoscaler"))

        let upgrade = try Self.chart(["upgrade", "wecloud", archive, "--reuse-values", "--set", "chat.autoscaling.enabled=true"], environment: env)
        #expect(upgrade.status == 0, "\(upgrade.stderr)")
        #expect(Self.maskTimes(upgrade.stdout) == "Release \"wecloud\" has been upgraded. Happy Helming!\n" + header(2, "Upgrade complete") + notes)
        let manifest2 = try Self.chart(["get", "manifest", "wecloud"], environment: env).stdout
        #expect(manifest2.contains("# Source: wecloud/charts/chat/templates/hpa.yaml\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: wecloud-chat\n"))
        #expect(manifest2.components(separatedBy: "kind: HorizontalPodAutoscaler").count == 2, "only chat scales")
        let validation = try Self.validate(manifest2)
        #expect(validation.status == 0, "\(validation.stdout)")
        let values2 = try Self.chart(["get", "values", "wecloud"], environment: env).stdout
        #expect(values2.contains("chat:\n  autoscaling:\n    enabled: true\n"))
        #expect(values2.contains("login:\n  autoscaling:\n    enabled: false\n"))

        let rollback = try Self.chart(["rollback", "wecloud", "1"], environment: env)
        #expect(rollback.status == 0, "\(rollback.stderr)")
        #expect(rollback.stdout == "Rollback was a success! Happy Helming!\n")
        #expect(try Self.chart(["get", "manifest", "wecloud"], environment: env).stdout == manifest1)

        let history = try Self.chart(["history", "wecloud"], environment: env)
        #expect(history.status == 0)
        #expect(Self.maskTimes(history.stdout) == [
            "REVISION\tUPDATED                 \tSTATUS    \tCHART        \tAPP VERSION\tDESCRIPTION     ",
            "1       \t<TIME>\tsuperseded\twecloud-1.0.0\t3.0.2      \tInstall complete",
            "2       \t<TIME>\tsuperseded\twecloud-1.0.0\t3.0.2      \tUpgrade complete",
            "3       \t<TIME>\tdeployed  \twecloud-1.0.0\t3.0.2      \tRollback to 1   ",
            "",
        ].joined(separator: "\n"))

        // A rollback restores revision 1's user-supplied values: the ci file, keys sorted.
        let values = try Self.chart(["get", "values", "wecloud"], environment: env)
        #expect(values.status == 0)
        let expectedValues = try Self.sortedBlockYAML(of: minimal)
        #expect(values.stdout == "USER-SUPPLIED VALUES:\n" + expectedValues)

        let status = try Self.chart(["status", "wecloud"], environment: env)
        #expect(status.status == 0)
        #expect(Self.maskTimes(status.stdout) == header(3, "Rollback to 1") + notes)
    }

    /// The NOTES the reference Helm renders for the archive (a client-side dry run needs no cluster).
    static func helmNotes(archive: String, values: String) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: referenceHelm) else { return nil }
        let home = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let dryRun = try run(referenceHelm, ["install", "wecloud", archive, "-f", values, "--dry-run=client"], environment: ["HOME": home])
        guard dryRun.status == 0, let range = dryRun.stdout.range(of: "\nNOTES:\n") else { return nil }
        return String(dryRun.stdout[range.upperBound...])
    }

    /// Without the reference Helm, our own `get notes` after a scratch install stands in.
    static func ourNotes(_ archive: String, _ values: String, _ env: [String: String]) throws -> String {
        let scratch = ["CHART_HOME": env["CHART_HOME"]! + "-scratch"]
        _ = try chart(["install", "wecloud", archive, "-f", values], environment: scratch)
        let notes = try chart(["get", "notes", "wecloud"], environment: scratch).stdout
        return notes.hasPrefix("NOTES:\n") ? String(notes.dropFirst("NOTES:\n".count)) : notes
    }

    /// Helm's own `template` output for the umbrella with a ci file, from testdata/goldens/wecloud.json.
    static func helmTemplateGolden(valuesFile: String) -> String? {
        WeCloudGoldenTests.cases.first { $0.args == ["template", "wecloud", "charts/wecloud", "-f", valuesFile] }?.stdout
    }

    /// The values file as `get values` prints it (keys sorted, block style), through PyYAML.
    static func sortedBlockYAML(of file: String) throws -> String {
        let script = "import sys, yaml; print(yaml.safe_dump(yaml.safe_load(open(sys.argv[1])), default_flow_style=False, sort_keys=True), end='')"
        let result = try run("/usr/bin/env", ["python3", "-c", script, TestPaths.root + "/" + file])
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// scripts/run.sh (the README's main command) renders charts/wecloud with the release build;
    /// the same command line through the debug build must render a schema-valid manifest.
    @Test func runScriptRendersTheUmbrella() throws {
        let script = try String(contentsOfFile: TestPaths.root + "/scripts/run.sh", encoding: .utf8)
        #expect(script.contains("chart_dir=\"${1:-charts/wecloud}\""))
        let exec = try #require(script.split(separator: "\n").last { $0.hasPrefix("exec ") })
        #expect(exec == "exec .build/release/chart template wecloud \"$chart_dir\"")
        let command = exec.replacingOccurrences(of: ".build/release/", with: ".build/debug/")
        let rendered = try Self.run("/bin/bash", ["-c", "chart_dir=charts/wecloud; " + command])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stdout.contains("# Source: wecloud/templates/ingress.yaml"))
        try Self.requireValidator()
        let validation = try Self.validate(rendered.stdout)
        #expect(validation.status == 0, "\(validation.stdout)")
    }
}
