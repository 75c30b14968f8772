import Foundation
import Testing

/// `--dry-run` takes Helm's optional value: `=client`/`=server` only simulate, `=none` really installs,
/// anything else is refused before any work is done.
@Suite struct DryRunFlagTests {
    func chart(_ args: [String], home: String) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.root + "/.build/debug/chart")
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: TestPaths.root)
        process.environment = ["CHART_HOME": home, "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func valuesOfDryRun() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dry-run-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        #expect(try chart(["install", "a", "charts/redis", "--dry-run=client"], home: home).status == 0)
        #expect(try chart(["install", "b", "charts/redis", "--dry-run=server"], home: home).status == 0)
        #expect(try chart(["list", "-q"], home: home).stdout == "", "a dry run stores nothing")
        #expect(try chart(["install", "c", "charts/redis", "--dry-run=none"], home: home).status == 0)
        #expect(try chart(["list", "-q"], home: home).stdout == "c\n")
        #expect(try chart(["install", "d", "charts/redis", "--dry-run=bogus"], home: home).status == 1)
        #expect(try chart(["template", "e", "charts/redis", "--dry-run=none"], home: home).status == 1)
        #expect(try chart(["template", "e", "charts/redis", "--dry-run=client"], home: home).status == 0)
    }
}
