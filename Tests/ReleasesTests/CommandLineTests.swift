import Foundation
import Testing
@testable import Releases

/// The `chart` binary end to end (built next to the test bundle by `swift build`):
/// flags reach the actions, output and exit codes are Helm's, and a process killed
/// with SIGKILL at any instant leaves the release readable.
struct CommandLineTests {
    static var binary: String {
        var url = Bundle.main.bundleURL
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("chart").path) {
            url.deleteLastPathComponent()
        }
        let direct = url.appendingPathComponent("chart").path
        return FileManager.default.fileExists(atPath: direct) ? direct : TestSupport.root + "/.build/debug/chart"
    }

    struct Run { var stdout: String; var stderr: String; var status: Int32 }

    static func chart(_ args: [String], home: String) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: TestSupport.charts)
        p.environment = ["CHART_HOME": home, "HOME": home, "TZ": "UTC"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), status: p.terminationStatus)
    }

    @Test func everyCommandThroughTheBinary() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary))
        let home = TestSupport.temporaryFolder()
        func ok(_ args: String...) throws -> String {
            let r = try Self.chart(args, home: home)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            return r.stdout
        }
        func fails(_ args: String...) throws -> String {
            let r = try Self.chart(args, home: home)
            #expect(r.status == 1 && r.stdout.isEmpty, "\(args)")
            return r.stderr
        }
        #expect(try ok("install", "rel", "./simple", "--description", "first").contains("DESCRIPTION: first\n"))
        #expect(try fails("install", "rel", "./simple") == "Error: INSTALLATION FAILED: cannot re-use a name that is still in use\n")
        #expect(try ok("install", "./simple", "--generate-name", "-n", "gen").hasPrefix("NAME: simple-"))
        #expect(try ok("install", "./simple", "--name-template", "nt-{{ \"x\" }}", "-n", "gen").hasPrefix("NAME: nt-x\n"))
        #expect(try ok("upgrade", "rel", "./simple", "--set", "replicaCount=4").hasPrefix("Release \"rel\" has been upgraded. Happy Helming!\nNAME: rel\n"))
        #expect(try ok("upgrade", "new", "./simple", "-i").hasPrefix("Release \"new\" does not exist. Installing it now.\nNAME: new\n"))
        #expect(try ok("get", "values", "rel") == "USER-SUPPLIED VALUES:\nreplicaCount: 4\n")
        #expect(try ok("get", "values", "rel", "--revision", "1", "-o", "json") == "{}\n")
        #expect(try ok("get", "values", "rel", "-a").hasPrefix("COMPUTED VALUES:\nenv:\n"))
        #expect(try ok("get", "manifest", "rel").hasPrefix("---\n# Source: simple/templates/service.yaml\n"))
        #expect(try ok("get", "notes", "rel") == "NOTES:\nThank you for installing simple.\n\n")
        #expect(try ok("get", "hooks", "rel") == "")
        #expect(try ok("get", "metadata", "rel").hasPrefix("NAME: rel\nCHART: simple\nVERSION: 0.1.0\nAPP_VERSION: 1.16.0\n"))
        #expect(try ok("get", "all", "rel").contains("CHART: simple\nVERSION: 0.1.0\nAPP_VERSION: 1.16.0\nDESCRIPTION: Upgrade complete\nTEST SUITE: None\nUSER-SUPPLIED VALUES:\nreplicaCount: 4\n\nCOMPUTED VALUES:\n"))
        #expect(try ok("rollback", "rel") == "Rollback was a success! Happy Helming!\n")
        #expect(try ok("history", "rel", "--max", "1").hasSuffix("\tRollback to 1\n"))
        #expect(try ok("history", "rel", "-o", "yaml").contains("- app_version: 1.16.0\n  chart: simple-0.1.0\n  description: first\n  revision: 1\n"))
        #expect(try ok("status", "rel", "--revision", "2").contains("REVISION: 2\nDESCRIPTION: Upgrade complete\n"))
        #expect(try ok("status", "rel", "-o", "json").hasPrefix("{\"name\":\"rel\",\"info\":{"))
        #expect(try ok("list", "-q") == "new\nrel\n")
        #expect(try ok("list", "-q", "-A", "-f", "^nt") == "nt-x\n")
        #expect(try ok("list", "-q", "-r", "-m", "1") == "rel\n")
        #expect(try ok("list", "-q", "--offset", "1") == "rel\n")
        // Only --superseded skips Helm's latest-revision filter, so older revisions show.
        #expect(try ok("list", "-q", "--superseded") == "rel\nrel\n")
        #expect(try ok("list", "-q", "-a", "-d") == "new\nrel\n")
        #expect(try ok("list", "-o", "json", "-n", "none") == "[]\n")
        #expect(try ok("uninstall", "new", "--keep-history") == "release \"new\" uninstalled\n")
        #expect(try ok("list", "-q", "--uninstalled") == "new\n")
        #expect(try ok("uninstall", "rel", "--dry-run") == "release \"rel\" uninstalled\n")
        #expect(try ok("uninstall", "rel", "new") == "release \"rel\" uninstalled\nrelease \"new\" uninstalled\n")
        #expect(try fails("status", "rel") == "Error: release: not found\n")
        // Purged releases leave only their lock file behind, which listings skip.
        #expect(try ok("list", "-q", "-a") == "")
        #expect(try fails("history", "rel", "-o", "xml") == "Error: invalid argument \"xml\" for \"-o, --output\" flag: invalid format type\n")
    }

    @Test func upgradeKilledAtRandomInstantsNeverLosesARevision() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary))
        let home = TestSupport.temporaryFolder()
        #expect(try Self.chart(["install", "rel", "./example"], home: home).status == 0)
        let context = ReleaseContext(store: ReleaseStore(driver: FileDriver(root: home + "/releases"), maxHistory: 0))
        var generator = SystemRandomNumberGenerator()
        var completed = 0
        for i in 0..<50 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Self.binary)
            p.arguments = ["upgrade", "rel", "./example", "--history-max", "0", "--set", "replicaCount=\(i)"]
            p.currentDirectoryURL = URL(fileURLWithPath: TestSupport.charts)
            p.environment = ["CHART_HOME": home, "HOME": home]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32.random(in: 0...120_000, using: &generator))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if p.terminationReason == .exit && p.terminationStatus == 0 { completed += 1 }
            // Every read still works and every revision file is whole.
            let history = try HistoryAction(name: "rel").run(context)
            #expect(history.map(\.version) == Array(1...history.count))
            _ = try StatusAction(name: "rel").run(context)
            _ = try ReleaseOutput.values(try StatusAction(name: "rel").run(context), all: true, format: .yaml)
        }
        #expect(completed < 50, "every upgrade finished before its kill: the test killed nothing")
        // One last upgrade recovers whatever was left pending and deploys.
        let final = try Self.chart(["upgrade", "rel", "./example", "--history-max", "0"], home: home)
        #expect(final.status == 0)
        let history = try HistoryAction(name: "rel").run(context)
        #expect(history.last?.info.status == .deployed)
        #expect(history.filter { $0.info.status == .deployed }.count == 1)
        #expect(!history.contains { $0.info.status.isPending })
    }
}
