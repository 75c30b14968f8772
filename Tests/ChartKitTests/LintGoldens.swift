import Foundation

/// testdata/authoring/goldens.json (made by scripts/gen-authoring-goldens.py from the reference Helm),
/// and a runner for the built `chart` binary with a chosen working directory.
enum LintGoldens {
    struct Command: Decodable, Sendable {
        var args: [String]
        var stdout: String
        var stderr: String
        var exit: Int32
        var label: String { args.joined(separator: " ") }
    }

    /// Where an archive entry's time comes from: its source file's own time, or a fixed one.
    enum EntryTime: Decodable, Sendable, Equatable {
        case file
        case fixed(Int64)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let seconds = try? container.decode(Int64.self) {
                self = .fixed(seconds)
            } else if try container.decode(String.self) == "file" {
                self = .file
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "mtime is a number or \"file\"")
            }
        }
    }

    /// One entry of Helm's archive as `tar -tzvf` lists it, its contents as a digest.
    struct Entry: Decodable, Sendable {
        var name: String
        var type: String
        var mode: String
        var uid: Int64
        var gid: Int64
        var uname: String
        var gname: String
        var size: Int64
        var mtime: EntryTime
        var sha256: String
    }

    struct PackageCase: Decodable, Sendable {
        var chart: String
        var exit: Int32
        var stdout: String
        var stderr: String
        var archive: String
        var entries: [Entry]
    }

    /// `helm package ARGS` with `{DEST}` a fresh folder: its lines, and each archive it wrote
    /// (path under DEST) with the sha256 of that archive's Chart.yaml.
    struct PackageArgsCase: Decodable, Sendable {
        var args: [String]
        var exit: Int32
        var stdout: String
        var stderr: String
        var written: [String: String]
        var label: String { args.joined(separator: " ") }
    }

    struct DependencyCase: Decodable, Sendable {
        var steps: [Command]
        var lock: String
        var charts: [String]
    }

    struct Table: Decodable, Sendable {
        var lint: [Command]
        var template: [Command]
        var show: [Command]
        var package: [PackageCase]
        var packageArgs: [PackageArgsCase]
        var dependency: [DependencyCase]
    }

    static let folder = TestPaths.root + "/testdata/authoring"

    static let table: Table = {
        guard let data = FileManager.default.contents(atPath: folder + "/goldens.json"),
              let table = try? JSONDecoder().decode(Table.self, from: data) else {
            return Table(lint: [], template: [], show: [], package: [], packageArgs: [], dependency: [])
        }
        return table
    }()

    static var binary: String { TestPaths.root + "/.build/debug/chart" }

    /// Helm's text with `chart` where Helm names itself (command usage lines).
    static func renamed(_ text: String) -> String {
        text.replacingOccurrences(of: "\"helm ", with: "\"chart ").replacingOccurrences(of: "Usage:  helm ", with: "Usage:  chart ")
    }

    /// Runs the `chart` binary in `directory`; output goes through files so a large one cannot block.
    static func run(_ args: [String], in directory: String) throws -> (stdout: String, stderr: String, status: Int32) {
        try ProcessRunner.run(binary, args, in: directory)
    }

    /// The reference Helm, when this machine has it (tests that need it are skipped otherwise).
    static var referenceHelm: String? {
        let path = "/root/.cache/reference-helm/v4/helm"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Runs any program and returns its stdout, stderr and status.
    static func runTool(_ tool: String, _ args: [String], in directory: String) throws -> (stdout: String, stderr: String, status: Int32) {
        // Helm's caches and config go to a throwaway folder, never the user's.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("chart-tool-home-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        var environment = ProcessInfo.processInfo.environment
        for (key, sub) in [("HELM_CACHE_HOME", "cache"), ("HELM_CONFIG_HOME", "config"), ("HELM_DATA_HOME", "data")] {
            environment[key] = home + "/" + sub
        }
        return try ProcessRunner.run(tool, args, in: directory, environment: environment)
    }
}

