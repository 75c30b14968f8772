import Foundation
import GoValue
import Testing
@testable import Sprig

/// With the reference Helm installed, each side opens what the other sealed: Helm's
/// decryptAES reads our ciphertext, and ours reads one Helm made in the same run.
@Suite struct AESHelmInteropTests {
    static var helm: String? {
        let path = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/reference-helm/v4/helm").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Renders a one-template chart with the reference Helm and returns the value of `out:`.
    func helmRender(_ template: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("aes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data("apiVersion: v2\nname: aes\nversion: 0.1.0\n".utf8).write(to: dir.appendingPathComponent("Chart.yaml"))
        try Data("out: {{ \(template) | quote }}\n".utf8).write(to: dir.appendingPathComponent("templates/t.yaml"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.helm!)
        process.arguments = ["template", "r", dir.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("out: ") })
        return String(line.dropFirst("out: \"".count).dropLast())
    }

    @Test(arguments: ["wecloud", "pässwörd with spaces and a longer tail than one block"])
    func helmOpensOursAndWeOpenHelms(_ plain: String) throws {
        guard Self.helm != nil else { return }
        let functions = SprigLibrary.functions()
        let encrypt = try #require(functions["encryptAES"]), decrypt = try #require(functions["decryptAES"])
        let ours = try encrypt.body([.string("k3y"), .string(plain)]).stringValue!
        #expect(try helmRender("decryptAES \"k3y\" \"\(ours)\"") == plain)
        let theirs = try helmRender("encryptAES \"k3y\" \"\(plain)\"")
        #expect(try decrypt.body([.string("k3y"), .string(theirs)]).stringValue == plain)
    }
}
