import Foundation
import Testing
@testable import Releases

/// `chart diff`: hunks compared with GNU `diff -u` run at test time on the same texts,
/// and per-resource classification on real releases.
struct DiffTests {
    static func gnuDiff(_ a: String, _ b: String, context: Int) throws -> String {
        let dir = TestSupport.temporaryFolder()
        try a.write(toFile: dir + "/a", atomically: true, encoding: .utf8)
        try b.write(toFile: dir + "/b", atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        p.arguments = ["-U", String(context), dir + "/a", dir + "/b"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        // Drop the two file-name lines.
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(2).joined(separator: "\n")
    }

    static let texts: [(String, String, Int)] = [
        ("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n", "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nK\n", 3),
        ("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n", "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\nm\n", 2),
        ("x: 1\ny: 2\n", "x: 1\ny: 2\nz: 3\n", 3),
        ("only\n", "", 3),
        ("", "new\nlines\n", 3),
        ("spec:\n  replicas: 2\n  template: {}\n", "spec:\n  replicas: 5\n  paused: true\n  template: {}\n", 1),
        ("1\n2\n3\n4\n5\n6\n", "1\n2\n3\n4\n5\n6\n", 3),
    ]

    @Test(arguments: 0..<texts.count)
    func hunksMatchGNUDiff(_ index: Int) throws {
        let (a, b, context) = Self.texts[index]
        #expect(LineDiff.unified(a, b, context: context) == (try Self.gnuDiff(a, b, context: context)))
    }

    @Test func resourcesAreClassified() throws {
        let context = ReleaseContext(store: ReleaseStore(driver: MemoryDriver()))
        let simple = try TestSupport.chart("simple")
        _ = try InstallAction(name: "rel", chart: simple).run(context)
        #expect(!(try DiffAction(name: "rel").run(.upgrade(chart: simple, userValues: .init(), values: .default), context).hasChanges))
        let upgrade = try DiffAction(name: "rel").run(
            .upgrade(chart: simple, userValues: try .init(["replicaCount": .int(5)]), values: .default), context)
        #expect(upgrade.entries.map(\.change) == [.changed])
        let text = upgrade.text()
        #expect(text.hasPrefix("default, rel-simple, Deployment has changed:\n@@ -"))
        #expect(text.contains("\n spec:\n-  replicas: 2\n+  replicas: 5\n   template:\n"))
        _ = try UpgradeAction(name: "rel", chart: try TestSupport.chart("hooks")).run(context)
        let revisions = try DiffAction(name: "rel").run(.revisions(from: 1, to: 2), context)
        #expect(revisions.entries.map { "\($0.key.kind)/\($0.key.name) \($0.change)" }
            == ["ConfigMap/plain added", "Deployment/rel-simple removed", "Service/rel-simple removed", "Service/svc added"])
        let rollback = try DiffAction(name: "rel").run(.rollback(revision: 0), context)
        #expect(rollback.entries.count == 4 && rollback.text(color: true).contains("\u{1B}[31m-"))
    }
}
