import ChartKit
import Foundation
import GoValue
import Testing
@testable import Releases

/// `install --dry-run=client` against the reference Helm's output
/// (testdata/releases/install-dry-run.json, written by scripts/gen-release-goldens.py).
/// The test replays each case through `InstallAction` and `ReleaseOutput`, the two
/// steps `chart install` runs, and formats failures as the command does.
struct InstallDryRunGoldenTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var args: [String]
        var stdout: String
        var stderr: String
        var status: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let path = TestSupport.root + "/testdata/releases/install-dry-run.json"
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }()

    @Test func goldensArePresent() { #expect(Self.cases.count >= 20) }

    @Test(arguments: cases)
    func matchesHelm(_ c: Case) throws {
        var name = ""
        var chartPath = ""
        var namespace = "default"
        var sets: [String] = []
        var format = OutputFormat.table
        var positional: [String] = []
        var i = 0
        while i < c.args.count {
            switch c.args[i] {
            case "-n": namespace = c.args[i + 1]; i += 1
            case "--set": sets.append(c.args[i + 1]); i += 1
            case "-o": format = OutputFormat(rawValue: c.args[i + 1])!; i += 1
            default: positional.append(c.args[i])
            }
            i += 1
        }
        name = positional[0]
        chartPath = TestSupport.charts + "/" + positional[1]
        var stdout = ""
        var stderr = ""
        var status = 0
        do {
            let chart = try ChartLoader.load(path: chartPath)
            var action = InstallAction(name: name, chart: chart)
            action.namespace = namespace
            action.dryRun = true
            action.userValues = try ValueOptions(values: sets).mergedValues()
            let result = try action.run(ReleaseContext(store: ReleaseStore(driver: MemoryDriver())))
            stderr = result.log.map { $0 + "\n" }.joined()
            stdout = try ReleaseOutput.status(result.release, format: format)
        } catch let e as ReleaseActionError {
            stderr = e.log.map { $0 + "\n" }.joined() + "Error: INSTALLATION FAILED: \(e.message)\n"
            status = 1
        }
        #expect(status == c.status)
        #expect(stderr == c.stderr)
        #expect(TestSupport.maskTimes(stdout) == c.stdout)
    }
}
