import ChartKit
import Foundation
import GoValue
import Testing
@testable import Releases

/// The JSON-file driver's promises: atomic revisions, recovery of interrupted
/// operations, the per-release lock, history pruning, and isolation of bad files.
struct StorageSafetyTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func next() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n }
        var value: Int { lock.lock(); defer { lock.unlock() }; return n }
    }

    static func fileContext(maxHistory: Int = 10) -> (ReleaseContext, FileDriver) {
        let driver = FileDriver(root: TestSupport.temporaryFolder() + "/releases")
        return (ReleaseContext(store: ReleaseStore(driver: driver, maxHistory: maxHistory)), driver)
    }

    static func files(_ driver: FileDriver, _ name: String = "rel") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: driver.folder("default", name))) ?? []).sorted()
    }

    @Test func failedWriteLeavesNoPartialRevision() throws {
        let (context, driver) = Self.fileContext()
        let simple = try TestSupport.chart("simple")
        _ = try InstallAction(name: "rel", chart: simple).run(context)
        driver.writeFault = { $0.hasSuffix("/2.json") }
        #expect(throws: ReleaseActionError.self) { try UpgradeAction(name: "rel", chart: simple).run(context) }
        #expect(Self.files(driver) == [".lock", "1.json"])
        let history = try HistoryAction(name: "rel").run(context)
        #expect(history.map(\.version) == [1] && history[0].info.status == .deployed)
    }

    @Test func interruptedUpgradeIsRecoveredByTheNextOperation() throws {
        let (context, driver) = Self.fileContext()
        let simple = try TestSupport.chart("simple")
        _ = try InstallAction(name: "rel", chart: simple).run(context)
        // The pending revision is written whole; the write that marks it deployed fails,
        // as if the process had been killed between the two.
        let writes = Counter()
        driver.writeFault = { path in path.hasSuffix("/2.json") && writes.next() == 2 }
        #expect(throws: ReleaseActionError.self) { try UpgradeAction(name: "rel", chart: simple).run(context) }
        driver.writeFault = nil
        #expect(try StatusAction(name: "rel").run(context).info.status == .pendingUpgrade)
        let next = try UpgradeAction(name: "rel", chart: simple).run(context)
        #expect(next.result.log == ["level=WARN msg=\"recovered an interrupted operation\" release=rel revision=2 status=pending-upgrade"])
        let history = try HistoryAction(name: "rel").run(context)
        // Revision 1 was already superseded before the interruption, so the recovered (failed)
        // revision 2 is the one the upgrade starts from and supersedes, as Helm does.
        #expect(history.map(\.info.status) == [.superseded, .superseded, .deployed])
        #expect(history[1].info.description == "Interrupted: the pending-upgrade operation did not complete")
    }

    @Test func anotherProcessHoldingTheLockBlocksOperations() throws {
        let (context, driver) = Self.fileContext()
        let simple = try TestSupport.chart("simple")
        _ = try InstallAction(name: "rel", chart: simple).run(context)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        let ready = driver.folder("default", "rel") + "/ready"
        // --no-fork: the command runs as the flock process itself, so terminating it frees the lock.
        holder.arguments = ["--no-fork", driver.folder("default", "rel") + "/.lock", "sh", "-c", "touch '\(ready)'; exec sleep 30"]
        try holder.run()
        defer { holder.terminate(); holder.waitUntilExit() }
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: ready) { usleep(10_000) }
        #expect(FileManager.default.fileExists(atPath: ready))
        #expect(ScenarioTests.failure { _ = try UpgradeAction(name: "rel", chart: simple).run(context) }
            == "another operation (install/upgrade/rollback) is in progress")
        #expect(ScenarioTests.failure { _ = try RollbackAction(name: "rel", version: 1).run(context) }
            == "another operation (install/upgrade/rollback) is in progress")
        // Reads never wait for the lock.
        #expect(try StatusAction(name: "rel").run(context).version == 1)
        holder.terminate()
        holder.waitUntilExit()
        // Once the holder is gone the lock is free. Foundation's waitUntilExit has been seen to
        // return before the child's descriptors were closed on a loaded machine, so the first
        // operation after it may still meet the lock for a moment: retry briefly, then insist.
        var upgraded: ActionResult?
        for _ in 0..<250 where upgraded == nil {
            do { upgraded = try UpgradeAction(name: "rel", chart: simple).run(context).result } catch {
                usleep(20_000)
            }
        }
        #expect(upgraded?.release.version == 2)
    }

    @Test func concurrentUpgradesRecordExactlyTheSuccessfulOnes() throws {
        let (context, _) = Self.fileContext(maxHistory: 0)
        let simple = try TestSupport.chart("simple")
        for i in 0..<20 { _ = try InstallAction(name: "r\(i)", chart: simple).run(context) }
        _ = try InstallAction(name: "one", chart: simple).run(context)
        let succeeded = Counter()
        let busy = Counter()
        DispatchQueue.concurrentPerform(iterations: 40) { i in
            let name = i < 20 ? "one" : "r\(i - 20)"
            do {
                _ = try UpgradeAction(name: name, chart: simple).run(context)
                if i < 20 { _ = succeeded.next() }
            } catch let e as ReleaseActionError {
                if e.message == StorageError.inProgress.description { _ = busy.next() }
            } catch {}
        }
        #expect(succeeded.value + busy.value == 20 && succeeded.value >= 1)
        let versions = try HistoryAction(name: "one").run(context).map(\.version)
        #expect(versions == Array(1...(1 + succeeded.value)))
        for i in 0..<20 { #expect(try HistoryAction(name: "r\(i)").run(context).map(\.version) == [1, 2]) }
    }

    @Test func historyIsPrunedButTheDeployedRevisionKept() throws {
        let (context, driver) = Self.fileContext(maxHistory: 3)
        let simple = try TestSupport.chart("simple")
        _ = try InstallAction(name: "rel", chart: simple).run(context)
        for _ in 0..<4 { _ = try UpgradeAction(name: "rel", chart: simple).run(context) }
        #expect(Self.files(driver) == [".lock", "3.json", "4.json", "5.json"])

        let failingContext = ReleaseContext(store: context.store, apply: { _ in throw ScenarioTests.Boom() })
        for _ in 0..<3 { #expect(throws: ReleaseActionError.self) { try UpgradeAction(name: "rel", chart: simple).run(failingContext) } }
        #expect(try HistoryAction(name: "rel").run(context).map(\.version) == [5, 7, 8])
        #expect(try StatusAction(name: "rel", version: 5).run(context).info.status == .deployed)
    }

    @Test func corruptedFileIsNamedAndOtherReleasesStillWork() throws {
        let (context, driver) = Self.fileContext()
        let simple = try TestSupport.chart("simple")
        _ = try InstallAction(name: "rel", chart: simple).run(context)
        _ = try InstallAction(name: "good", chart: simple).run(context)
        let path = driver.folder("default", "rel") + "/1.json"
        try Data("{\"name\": \"rel\", \"version\": 1, \"info\": {\"status\": \"nonsense\"}}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(ScenarioTests.failure { _ = try StatusAction(name: "rel").run(context) }
            == "release file \(path) is corrupted: info.status: unknown status \"nonsense\"")
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(ScenarioTests.failure { _ = try HistoryAction(name: "rel").run(context) }?.hasPrefix("release file \(path) is corrupted: invalid JSON") == true)
        #expect(try StatusAction(name: "good").run(context).info.status == .deployed)
    }

    @Test func namesCannotLeaveTheStore() throws {
        let (context, _) = Self.fileContext()
        #expect(ScenarioTests.failure { _ = try StatusAction(name: "../../etc").run(context) }
            == "../../etc: not a valid release name or namespace")
        var install = InstallAction(name: "rel", chart: try TestSupport.chart("simple"))
        install.namespace = ".."
        #expect(ScenarioTests.failure { _ = try install.run(context) } == "..: not a valid release name or namespace")
        var list = ListAction()
        list.namespace = "a/b"
        #expect(ScenarioTests.failure { _ = try list.run(context) } == "a/b: not a valid release name or namespace")
    }

    @Test func fieldsFromANewerVersionAreKept() throws {
        let (context, driver) = Self.fileContext()
        _ = try InstallAction(name: "rel", chart: try TestSupport.chart("simple")).run(context)
        let path = driver.folder("default", "rel") + "/1.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = String(text.dropLast(2)) + ",\"zz_future\":{\"a\":[1,2]}}\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var keep = UninstallAction(name: "rel")
        keep.keepHistory = true
        _ = try keep.run(context)
        let after = try String(contentsOfFile: path, encoding: .utf8)
        #expect(after.contains("\"status\":\"uninstalled\"") && after.hasSuffix(",\"zz_future\":{\"a\":[1,2]}}\n"))
    }

    @Test func storedJSONRoundTrips() throws {
        let context = ReleaseContext(store: ReleaseStore(driver: MemoryDriver()), clock: TestSupport.Clock().now)
        var install = InstallAction(name: "rel", chart: try TestSupport.chart("hooks"))
        install.userValues = try ValueOptions(values: ["a.b=1", "s=x"]).mergedValues()
        let release = try install.run(context).release
        let text = try release.jsonText()
        #expect(try Release(jsonText: text).jsonText() == text)
    }

    @Test(arguments: [
        ("2026-01-02T03:04:05.5Z", "Fri Jan  2 03:04:05 2026", "2026-01-02 03:04:05.5 +0000 UTC"),
        ("2024-02-29T23:59:59.000000001Z", "Thu Feb 29 23:59:59 2024", "2024-02-29 23:59:59.000000001 +0000 UTC"),
        ("1999-12-31T10:00:00+02:00", "Fri Dec 31 10:00:00 1999", "1999-12-31 10:00:00 +0200 +0200"),
    ])
    func timeLayouts(rfc: String, ansic: String, goString: String) throws {
        let t = try #require(ReleaseTime(rfc3339: rfc))
        #expect(t.rfc3339Nano == rfc && t.ansic == ansic && t.goString == goString)
    }
}
