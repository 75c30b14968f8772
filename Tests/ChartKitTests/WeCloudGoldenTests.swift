import Foundation
import Testing

/// The shipped WeCloud charts render byte-identically to the reference Helm, for
/// every scenario in their ci/ folders (testdata/goldens/wecloud.json, made by
/// scripts/gen-wecloud-goldens.py).
@Suite struct WeCloudGoldenTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var args: [String]
        var stdout: String
        var exit: Int32
        var error: String
        var testDescription: String { args.dropFirst(2).joined(separator: " ") }
    }

    static let cases: [Case] = {
        struct File: Decodable { var cases: [Case] }
        let url = URL(fileURLWithPath: TestPaths.goldens + "/wecloud.json")
        guard let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else { return [] }
        return file.cases
    }()

    @Test func everyShippedChartHasGoldens() {
        let charts = Set(Self.cases.map { $0.args[1] })
        #expect(charts == ["mysql", "redis", "profile", "login", "chat", "wecloud"])
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases)
    func rendersLikeHelm(_ golden: Case) throws {
        let binary = TestPaths.root + "/.build/debug/chart"
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the chart binary first (swift build --build-tests)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = golden.args
        process.currentDirectoryURL = URL(fileURLWithPath: TestPaths.root)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("wecloud-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let stdout = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        #expect(process.terminationStatus == golden.exit)
        #expect(stdout == golden.stdout)
    }
}
