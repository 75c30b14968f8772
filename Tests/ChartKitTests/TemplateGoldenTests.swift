import Foundation
import Testing

/// End to end: the built `chart` binary against `helm template` goldens
/// (testdata/goldens/template.json, made by scripts/gen-chart-goldens.py).
/// Whole stdout, stderr, exit status and --output-dir files must be identical.
@Suite struct TemplateGoldenTests {
    /// Cases known not to match Helm yet; each must still fail, so the list can only shrink.
    static let knownGaps: Set<String> = []

    static var binary: String { TestPaths.root + "/.build/debug/chart" }

    @Test(arguments: Goldens.all.map(\.name))
    func templateMatchesHelm(name: String) throws {
        let golden = try Goldens.named(name)
        if Self.knownGaps.contains(name) {
            withKnownIssue { try compare(golden) }
        } else {
            try compare(golden)
        }
    }

    @Test func goldensArePresent() {
        #expect(Goldens.all.count >= 90)
    }

    private func compare(_ golden: Goldens.Case) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary),
                     "build the chart binary first (swift build --build-tests)")
        let outDir = FileManager.default.temporaryDirectory.appendingPathComponent("chart-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outDir) }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("chart-copy-\(UUID().uuidString)").path
        if let charts = golden.copy {
            try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
            for chart in charts { try FileManager.default.copyItem(atPath: TestPaths.charts + "/" + chart, toPath: tmp + "/" + chart) }
        }
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        let args = ["template"] + golden.args.map {
            $0.replacingOccurrences(of: "{OUT}", with: outDir).replacingOccurrences(of: "{TMP}", with: tmp)
        }
        // Post-renderer cases get their own copy of testdata/plugins, as the generator gives Helm.
        let plugins = FileManager.default.temporaryDirectory.appendingPathComponent("chart-plugins-\(UUID().uuidString)").path
        var env: [String: String] = [:]
        if let wanted = golden.env {
            try FileManager.default.copyItem(atPath: TestPaths.root + "/testdata/plugins", toPath: plugins)
            for (k, v) in wanted { env[k] = v.replacingOccurrences(of: "{PLUGINS}", with: plugins) }
        }
        defer { try? FileManager.default.removeItem(atPath: plugins) }
        let result = try Self.run(args, environment: env)
        let stdout = result.stdout.replacingOccurrences(of: outDir, with: "{OUT}")
            .replacingOccurrences(of: TestPaths.charts, with: "{CHARTS}").replacingOccurrences(of: plugins, with: "{PLUGINS}")
            .replacingOccurrences(of: tmp, with: "{TMP}")
        let stderr = result.stderr.replacingOccurrences(of: outDir, with: "{OUT}")
            .replacingOccurrences(of: TestPaths.charts, with: "{CHARTS}").replacingOccurrences(of: plugins, with: "{PLUGINS}")
            .replacingOccurrences(of: tmp, with: "{TMP}")
        #expect(stdout == golden.stdout)
        #expect(stderr == golden.stderr)
        #expect(result.status == golden.exit)
        if let files = golden.files {
            #expect(try Self.readTree(outDir) == files)
        }
    }

    static func run(_ args: [String], environment: [String: String] = [:]) throws -> (stdout: String, stderr: String, status: Int32) {
        try ProcessRunner.run(binary, args, in: TestPaths.charts,
                              environment: environment.isEmpty ? nil : ProcessInfo.processInfo.environment.merging(environment) { $1 })
    }

    static func readTree(_ root: String) throws -> [String: String] {
        var files: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        for case let path as String in walker {
            var isDir: ObjCBool = false
            let full = root + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                files[path] = String(decoding: FileManager.default.contents(atPath: full) ?? Data(), as: UTF8.self)
            }
        }
        return files
    }
}
