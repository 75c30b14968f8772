import ChartKit
import Foundation
import GoValue
import Testing
@testable import Releases

/// install → upgrade → upgrade (fail) → rollback → history → uninstall --keep-history →
/// list -a, on both drivers, asserting whole outputs. `helm history`/`list`/`status`
/// need a cluster, so the expected texts are derived from Helm's printers
/// (pkg/cmd/status.go, history.go, list.go: uitable cells padded to the column width
/// and joined by tabs, times in time.ANSIC and Go's Time.String) — not from Helm runs.
struct ScenarioTests {
    struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }

    final class Switch: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var on: Bool {
            get { lock.lock(); defer { lock.unlock() }; return value }
            set { lock.lock(); value = newValue; lock.unlock() }
        }
    }

    static func driver(_ kind: String) -> any ReleaseDriver {
        kind == "memory" ? MemoryDriver() : FileDriver(root: TestSupport.temporaryFolder() + "/releases")
    }

    @Test(arguments: ["memory", "file"])
    func lifecycle(kind: String) throws {
        let clock = TestSupport.Clock()
        let failing = Switch()
        let context = ReleaseContext(store: ReleaseStore(driver: Self.driver(kind)), clock: clock.now,
                                     apply: { _ in if failing.on { throw Boom() } })
        let simple = try TestSupport.chart("simple")

        let installed = try InstallAction(name: "rel", chart: simple).run(context)
        #expect(try ReleaseOutput.status(installed.release, format: .table) == """
            NAME: rel
            LAST DEPLOYED: Fri Jan  2 03:04:05 2026
            NAMESPACE: default
            STATUS: deployed
            REVISION: 1
            DESCRIPTION: Install complete
            TEST SUITE: None
            NOTES:
            Thank you for installing simple.

            """)

        var upgrade = UpgradeAction(name: "rel", chart: simple)
        upgrade.userValues = try ValueOptions(values: ["replicaCount=3"]).mergedValues()
        let upgraded = try upgrade.run(context)
        #expect(upgraded.result.release.version == 2)
        #expect(upgraded.result.release.manifest.contains("replicas: 3"))

        failing.on = true
        #expect(throws: ReleaseActionError.self) { try UpgradeAction(name: "rel", chart: simple).run(context) }
        failing.on = false
        let failed = try StatusAction(name: "rel").run(context)
        #expect(failed.version == 3 && failed.info.status == .failed)
        // With no new values, an upgrade reuses the deployed revision's values.
        #expect(failed.config["replicaCount"] != nil)

        let rolledBack = try RollbackAction(name: "rel").run(context)
        #expect(rolledBack.release.version == 4 && rolledBack.release.info.description == "Rollback to 2")

        let history = try HistoryAction(name: "rel").run(context)
        #expect(try ReleaseOutput.history(history, format: .table) == "REVISION\tUPDATED                 \tSTATUS    \tCHART       \tAPP VERSION\tDESCRIPTION               \n1       \tFri Jan  2 03:04:05 2026\tsuperseded\tsimple-0.1.0\t1.16.0     \tInstall complete          \n2       \tFri Jan  2 03:05:05 2026\tsuperseded\tsimple-0.1.0\t1.16.0     \tUpgrade complete          \n3       \tFri Jan  2 03:06:05 2026\tfailed    \tsimple-0.1.0\t1.16.0     \tUpgrade \"rel\" failed: boom\n4       \tFri Jan  2 03:07:05 2026\tdeployed  \tsimple-0.1.0\t1.16.0     \tRollback to 2             \n")
        // Helm's releaseInfo JSON tags: revision, updated (omitted when zero), status, chart, app_version, description.
        #expect(try ReleaseOutput.history(Array(history.prefix(1)), format: .json)
            == "[{\"revision\":1,\"updated\":\"2026-01-02T03:04:05.5Z\",\"status\":\"superseded\",\"chart\":\"simple-0.1.0\",\"app_version\":\"1.16.0\",\"description\":\"Install complete\"}]\n")

        var uninstall = UninstallAction(name: "rel")
        uninstall.keepHistory = true
        _ = try uninstall.run(context)
        var other = InstallAction(name: "other", chart: try TestSupport.chart("hooks"))
        other.namespace = "team"
        _ = try other.run(context)

        var list = ListAction()
        list.all = true
        list.namespace = nil
        #expect(try ReleaseOutput.list(try list.run(context), format: .table) == "NAME \tNAMESPACE\tREVISION\tUPDATED                        \tSTATUS     \tCHART       \tAPP VERSION\nother\tteam     \t1       \t2026-01-02 03:09:05.5 +0000 UTC\tdeployed   \thooks-0.1.0 \t           \nrel  \tdefault  \t4       \t2026-01-02 03:07:05.5 +0000 UTC\tuninstalled\tsimple-0.1.0\t1.16.0     \n")
        // Helm's releaseElement JSON: revision is a string, updated is Go's Time.String().
        #expect(try ReleaseOutput.list(try list.run(context), format: .json) == "[{\"name\":\"other\",\"namespace\":\"team\",\"revision\":\"1\",\"updated\":\"2026-01-02 03:09:05.5 +0000 UTC\",\"status\":\"deployed\",\"chart\":\"hooks-0.1.0\",\"app_version\":\"\"},{\"name\":\"rel\",\"namespace\":\"default\",\"revision\":\"4\",\"updated\":\"2026-01-02 03:07:05.5 +0000 UTC\",\"status\":\"uninstalled\",\"chart\":\"simple-0.1.0\",\"app_version\":\"1.16.0\"}]\n")
        // Without -a only deployed and failed releases show; -q prints names.
        var defaults = ListAction()
        defaults.namespace = nil
        #expect(try ReleaseOutput.list(try defaults.run(context), format: .table, short: true) == "other\n")

        let uninstalled = try StatusAction(name: "rel").run(context)
        #expect(uninstalled.info.status == .uninstalled && uninstalled.info.description == "Uninstallation complete")
        #expect(uninstalled.info.deleted == ReleaseTime(seconds: 1_767_323_045 + 4 * 60, nanoseconds: 500_000_000))
        #expect(try ReleaseOutput.values(try StatusAction(name: "rel", version: 2).run(context), all: false, format: .table)
            == "USER-SUPPLIED VALUES:\nreplicaCount: 3\n")
        #expect(try ReleaseOutput.values(try StatusAction(name: "rel", version: 2).run(context), all: false, format: .json)
            == "{\"replicaCount\":3}\n")
    }

    /// The message of the error `body` throws; nil (failing the comparison) when it does not throw.
    static func failure(_ body: () throws -> Void) -> String? {
        do { try body() } catch let e as ReleaseActionError { return e.message } catch { return "\(error)" }
        return nil
    }

    @Test func nameRules() throws {
        let context = ReleaseContext(store: ReleaseStore(driver: MemoryDriver()))
        let simple = try TestSupport.chart("simple")
        _ = try InstallAction(name: "rel", chart: simple).run(context)
        #expect(throws: ReleaseActionError.self) { try InstallAction(name: "rel", chart: simple).run(context) }
        #expect(Self.failure { _ = try InstallAction(name: "rel", chart: simple).run(context) } == "cannot re-use a name that is still in use")
        #expect(Self.failure { _ = try InstallAction(name: String(repeating: "a", count: 54), chart: simple).run(context) }?.hasPrefix("release name check failed: release name \"aaaa") == true)
        #expect(Self.failure { _ = try UpgradeAction(name: "nope", chart: simple).run(context) } == "release: not found")
        // --replace re-uses an uninstalled name as the next revision.
        var keep = UninstallAction(name: "rel")
        keep.keepHistory = true
        _ = try keep.run(context)
        #expect(Self.failure { _ = try UpgradeAction(name: "rel", chart: simple).run(context) } == "\"rel\" has no deployed releases")
        var replace = InstallAction(name: "rel", chart: simple)
        replace.replace = true
        #expect(try replace.run(context).release.version == 2)
        #expect(Self.failure { _ = try RollbackAction(name: "rel", version: 7).run(context) } == "release has no 7 version")
    }

    @Test func upgradeInstallAndValuesPolicies() throws {
        let context = ReleaseContext(store: ReleaseStore(driver: MemoryDriver()))
        let simple = try TestSupport.chart("simple")
        var first = UpgradeAction(name: "rel", chart: simple)
        first.install = true
        first.userValues = try ValueOptions(values: ["replicaCount=5"]).mergedValues()
        let outcome = try first.run(context)
        #expect(outcome.installed && outcome.result.release.info.description == "Install complete")

        var reuse = UpgradeAction(name: "rel", chart: simple)
        reuse.values = .reuse
        reuse.userValues = try ValueOptions(values: ["image.tag=v9"]).mergedValues()
        let reused = try reuse.run(context).result.release
        #expect(reused.manifest.contains("replicas: 5") && reused.manifest.contains("nginx:v9"))

        var reset = UpgradeAction(name: "rel", chart: simple)
        reset.values = .reset
        let wasReset = try reset.run(context).result.release
        #expect(wasReset.config.count == 0 && wasReset.manifest.contains("replicas: 2"))

        var mixed = UpgradeAction(name: "rel", chart: simple)
        mixed.values = .resetThenReuse
        mixed.userValues = try ValueOptions(values: ["image.tag=v3"]).mergedValues()
        let merged = try mixed.run(context).result.release
        #expect(merged.manifest.contains("nginx:v3") && merged.manifest.contains("replicas: 2"))
        // The previous revision had no values (reset), so nothing older comes back.
        #expect(try ReleaseOutput.values(merged, all: false, format: .json) == "{\"image\":{\"tag\":\"v3\"}}\n")

        var dry = UpgradeAction(name: "rel", chart: simple)
        dry.dryRun = true
        #expect(try dry.run(context).result.release.info.description == "Dry run complete")
        #expect(try HistoryAction(name: "rel").run(context).count == 4)
        var limited = HistoryAction(name: "rel")
        limited.max = 2
        #expect(try limited.run(context).map(\.version) == [3, 4])
    }

    @Test func uninstallWithoutHistoryForgetsTheRelease() throws {
        let context = ReleaseContext(store: ReleaseStore(driver: Self.driver("file")))
        _ = try InstallAction(name: "rel", chart: try TestSupport.chart("simple")).run(context)
        var dry = UninstallAction(name: "rel")
        dry.dryRun = true
        _ = try dry.run(context)
        #expect(try StatusAction(name: "rel").run(context).info.status == .deployed)
        _ = try UninstallAction(name: "rel").run(context)
        #expect(Self.failure { _ = try StatusAction(name: "rel").run(context) } == "release: not found")
        #expect(Self.failure { _ = try UninstallAction(name: "rel").run(context) } == "uninstall: Release not loaded: rel: release: not found")
    }
}
