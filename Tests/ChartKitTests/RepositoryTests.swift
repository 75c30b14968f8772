import Archive
import Foundation
import Testing
@testable import ChartKit

/// Dependencies, repository indexes and pulls, end to end: `file://` dependencies against
/// `helm dependency` goldens, and a real HTTP repository served on loopback.
@Suite(.serialized) struct RepositoryTests {
    static func temporaryFolder(_ tag: String) throws -> String {
        try PackageGoldenTests.temporaryFolder(tag)
    }

    static func copyDeps() throws -> String {
        let work = try temporaryFolder("deps")
        try FileManager.default.copyItem(atPath: LintGoldens.folder + "/deps", toPath: work + "/deps")
        return work + "/deps"
    }

    @Test func dependencyCommandsMatchHelm() throws {
        let golden = try #require(LintGoldens.table.dependency.first)
        let root = try Self.copyDeps()
        defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
        try #require(FileManager.default.isExecutableFile(atPath: LintGoldens.binary), "build the chart binary first")
        for step in golden.steps {
            let result = try LintGoldens.run(["dependency"] + step.args, in: root)
            #expect(result.stdout == step.stdout, "\(step.args)")
            #expect(result.stderr == step.stderr, "\(step.args)")
            #expect(result.status == step.exit, "\(step.args)")
        }
        let lock = try String(contentsOfFile: root + "/app/Chart.lock", encoding: .utf8)
        #expect(lock.split(separator: "\n").filter { !$0.hasPrefix("generated:") }.joined(separator: "\n") + "\n" == golden.lock)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/app/charts").sorted() == golden.charts)
    }

    @Test func dependencyStatusesMatchHelm() throws {
        let golden = try #require(LintGoldens.table.dependency.dropFirst().first?.steps.first)
        let root = try Self.copyDeps()
        defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
        _ = try DependencyManager(chartPath: root + "/app").update()
        let lib = root + "/app/charts/lib-0.2.5.tgz"
        try FileManager.default.copyItem(atPath: lib, toPath: root + "/app2/charts/lib-0.2.5.tgz")
        try FileManager.default.copyItem(atPath: lib, toPath: root + "/app2/charts/other-1.0.0.tgz")
        let result = try LintGoldens.run(["dependency"] + golden.args, in: root)
        #expect(result.stdout == golden.stdout)
        #expect(result.stderr == golden.stderr)
        #expect(result.status == golden.exit)
    }

    @Test func lockDigestHashesRequestAndLockAsGoJSON() throws {
        var requested = ChartDependency()
        requested.name = "tool"
        requested.version = "1.x"
        requested.repository = "file://../tool"
        var locked = requested
        locked.version = "1.4.0"
        // Go's encoding/json escapes <, > and & in strings; the digest depends on it.
        var html = requested
        html.version = ">=1.0.0"
        #expect(html.structJSON() == #"{"name":"tool","version":"\u003e=1.0.0","repository":"file://../tool"}"#)
        let digest = DependencyManager.digest(requested: [requested], locked: [locked])
        #expect(digest == "sha256:" + SHA256Digest.hex(Array(#"[[{"name":"tool","version":"1.x","repository":"file://../tool"}],[{"name":"tool","version":"1.4.0","repository":"file://../tool"}]]"#.utf8)))
    }

    @Test(arguments: [("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")])
    func sha256KnownAnswers(input: String, hex: String) {
        #expect(SHA256Digest.hex(Array(input.utf8)) == hex)
    }

    @Test func sha256MatchesSystemToolOnLongInput() throws {
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let path = try Self.temporaryFolder("sha") + "/blob"
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let tool = try LintGoldens.runTool("/usr/bin/sha256sum", [path], in: "/")
        #expect(tool.stdout.prefix(64) == Substring(SHA256Digest.hex(bytes)))
    }

    @Test func unsatisfiableConstraintIsReported() throws {
        let root = try Self.copyDeps()
        defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
        let yaml = try String(contentsOfFile: root + "/app/Chart.yaml", encoding: .utf8).replacingOccurrences(of: "\"1.x\"", with: "\"2.x\"")
        try yaml.write(toFile: root + "/app/Chart.yaml", atomically: true, encoding: .utf8)
        #expect {
            try DependencyManager(chartPath: root + "/app").update()
        } throws: { error in
            "\(error)".contains("can't get a valid version for 1 subchart(s): \"tool\" (repository \"file://../tool\", version \"2.x\")")
        }
    }

    @Test func buildRefusesAStaleLock() throws {
        let root = try Self.copyDeps()
        defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
        _ = try DependencyManager(chartPath: root + "/app").update()
        let yaml = try String(contentsOfFile: root + "/app/Chart.yaml", encoding: .utf8).replacingOccurrences(of: "\"~0.2\"", with: "\"~0.2.1\"")
        try yaml.write(toFile: root + "/app/Chart.yaml", atomically: true, encoding: .utf8)
        #expect {
            try DependencyManager(chartPath: root + "/app").build()
        } throws: { error in
            "\(error)" == "the lock file (Chart.lock) is out of sync with the dependencies file (Chart.yaml). Please update the dependencies"
        }
    }

    // MARK: HTTP repository

    /// A `python3 -m http.server` over `folder` on a free loopback port, stopped by `stop()`.
    struct Server {
        var process: Process
        var url: String

        static func start(serving folder: String) throws -> Server {
            for _ in 0..<20 {
                let port = Int.random(in: 20000..<60000)
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = ["python3", "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", folder]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                let url = "http://127.0.0.1:\(port)"
                for _ in 0..<50 {
                    if !process.isRunning { break }
                    if (try? RepositoryClient().get(url + "/index.yaml")) != nil { return Server(process: process, url: url) }
                    Thread.sleep(forTimeInterval: 0.1)
                }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
            throw RepositoryError("could not start a test HTTP server")
        }

        /// SIGKILL and no wait: Foundation's `waitUntilExit` can stall inside the test runner.
        func stop() {
            kill(process.processIdentifier, SIGKILL)
        }
    }

    /// A repository folder with `sub` 1.0.0, 1.2.0 and 2.0.0, indexed by us.
    static func makeRepository(_ base: String) throws -> String {
        let repo = base + "/repo"
        try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        for version in ["1.0.0", "1.2.0", "2.0.0"] {
            let src = base + "/src-\(version)/sub"
            try FileManager.default.createDirectory(atPath: src + "/templates", withIntermediateDirectories: true)
            try "apiVersion: v2\nname: sub\nversion: \(version)\n".write(toFile: src + "/Chart.yaml", atomically: true, encoding: .utf8)
            try "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sub-\(version.replacingOccurrences(of: ".", with: "-"))\n"
                .write(toFile: src + "/templates/cm.yaml", atomically: true, encoding: .utf8)
            _ = try ChartPackager().package(directory: src, destination: repo)
        }
        let index = try RepositoryIndex.index(directory: repo, baseURL: "")
        try index.yamlText().write(toFile: repo + "/index.yaml", atomically: true, encoding: .utf8)
        return repo
    }

    @Test func httpRepositoryEndToEnd() throws {
        let base = try Self.temporaryFolder("http-repo")
        defer { try? FileManager.default.removeItem(atPath: base) }
        let repo = try Self.makeRepository(base)
        let server = try Server.start(serving: repo)
        defer { server.stop() }

        let index = try RepositoryClient().index(of: server.url)
        #expect(index.entries["sub"]?.map(\.version) == ["2.0.0", "1.2.0", "1.0.0"])

        // dependency update resolves ^1.0.0 to the newest 1.x and downloads it.
        let app = base + "/app"
        try FileManager.default.createDirectory(atPath: app + "/templates", withIntermediateDirectories: true)
        try "apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  - name: sub\n    version: ^1.0.0\n    repository: \(server.url)\n"
            .write(toFile: app + "/Chart.yaml", atomically: true, encoding: .utf8)
        let log = try DependencyManager(chartPath: app).update()
        #expect(log == "Getting updates for unmanaged Helm repositories...\n...Successfully got an update from the \"\(server.url)\" chart repository\nSaving 1 charts\nDownloading sub from repo \(server.url)\nDeleting outdated charts\n")
        if let helm = LintGoldens.referenceHelm {
            // Helm, given the same chart and repository, prints the same lines and picks the same version.
            let twin = base + "/helm-app"
            try FileManager.default.createDirectory(atPath: twin, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: app + "/Chart.yaml", toPath: twin + "/Chart.yaml")
            let theirs = try LintGoldens.runTool(helm, ["dependency", "update", twin], in: base)
            #expect(theirs.stdout == log)
            #expect(try FileManager.default.contentsOfDirectory(atPath: twin + "/charts") == ["sub-1.2.0.tgz"])
            let lock = try ChartLoader.load(directory: twin).lock
            #expect(lock?.digest == (try ChartLoader.load(directory: app)).lock?.digest)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: app + "/charts") == ["sub-1.2.0.tgz"])
        let loaded = try ChartLoader.load(directory: app)
        #expect(loaded.dependencies.map(\.metadata.version) == ["1.2.0"])
        #expect(loaded.lock?.dependencies.first?.version == "1.2.0")

        // build from the lock after charts/ is emptied.
        try FileManager.default.removeItem(atPath: app + "/charts/sub-1.2.0.tgz")
        _ = try DependencyManager(chartPath: app).build()
        #expect(FileManager.default.fileExists(atPath: app + "/charts/sub-1.2.0.tgz"))

        // pull: an archive, then a pinned version unpacked.
        var puller = ChartPuller(repoURL: server.url)
        puller.destination = base + "/pulled"
        let archive = try puller.pull("sub")
        #expect(archive.hasSuffix("/sub-2.0.0.tgz"))
        #expect(FileManager.default.contents(atPath: archive) == FileManager.default.contents(atPath: repo + "/sub-2.0.0.tgz"))
        puller.version = "1.0.0"
        puller.untar = true
        let folder = try puller.pull("sub")
        #expect(try ChartLoader.load(directory: folder).metadata.version == "1.0.0")
        #expect(throws: RepositoryError.self) { try puller.pull("sub") }
        puller.version = "9.9.9"
        puller.untar = false
        #expect(throws: RepositoryError.self) { try puller.pull("sub") }

        // The reference Helm reads our index and loads the archive it pulls from it.
        if let helm = LintGoldens.referenceHelm {
            let dest = base + "/helm-pulled"
            try FileManager.default.createDirectory(atPath: dest, withIntermediateDirectories: true)
            let pulled = try LintGoldens.runTool(helm, ["pull", "sub", "--repo", server.url, "--version", "^1.0.0", "-d", dest], in: base)
            #expect(pulled.status == 0)
            #expect(FileManager.default.fileExists(atPath: dest + "/sub-1.2.0.tgz"))
            let rendered = try LintGoldens.runTool(helm, ["template", "r", dest + "/sub-1.2.0.tgz"], in: base)
            #expect(rendered.status == 0)
            #expect(rendered.stdout.contains("name: sub-1-2-0"))
        }
    }

    @Test func repoIndexMergeKeepsOldEntriesAndURLs() throws {
        let base = try Self.temporaryFolder("index-merge")
        defer { try? FileManager.default.removeItem(atPath: base) }
        let repo = try Self.makeRepository(base)
        let fresh = try RepositoryIndex.index(directory: repo, baseURL: "https://charts.example.com/stable")
        let entry = try #require(fresh.entries["sub"]?.first)
        #expect(entry.urls == ["https://charts.example.com/stable/sub-2.0.0.tgz"])
        #expect(entry.digest == SHA256Digest.hex(Array(FileManager.default.contents(atPath: repo + "/sub-2.0.0.tgz")!)))

        var old = RepositoryIndex()
        var md = ChartMetadata()
        md.apiVersion = "v2"; md.name = "sub"; md.version = "0.9.0"
        old.add(md, fileName: "sub-0.9.0.tgz", baseURL: "https://old.example.com", digest: "00", created: Date(timeIntervalSince1970: 0))
        old.add(md, fileName: "sub-2.0.0.tgz", baseURL: "https://old.example.com", digest: "11", created: Date(timeIntervalSince1970: 0))
        var merged = fresh
        merged.merge(old)
        merged.sortEntries()
        #expect(merged.entries["sub"]?.map(\.version) == ["2.0.0", "1.2.0", "1.0.0", "0.9.0"])
        #expect(merged.entries["sub"]?.first?.digest == entry.digest)
        let reread = try RepositoryIndex(yaml: try merged.yamlText())
        #expect(reread.entries["sub"]?.map(\.version) == ["2.0.0", "1.2.0", "1.0.0", "0.9.0"])
        #expect(reread.entries["sub"]?.last?.urls == ["https://old.example.com/sub-0.9.0.tgz"])

        if let helm = LintGoldens.referenceHelm {
            // Helm's own index of the same folder lists the same versions and digests.
            let copy = base + "/helm-index"
            try FileManager.default.copyItem(atPath: repo, toPath: copy)
            try FileManager.default.removeItem(atPath: copy + "/index.yaml")
            #expect(try LintGoldens.runTool(helm, ["repo", "index", copy], in: base).status == 0)
            let theirs = try RepositoryIndex(yaml: try String(contentsOfFile: copy + "/index.yaml", encoding: .utf8))
            let ours = try RepositoryIndex.index(directory: repo, baseURL: "")
            #expect(theirs.entries["sub"]?.map(\.version) == ours.entries["sub"]?.map(\.version))
            #expect(theirs.entries["sub"]?.map(\.digest) == ours.entries["sub"]?.map(\.digest))
            #expect(theirs.entries["sub"]?.map(\.urls) == ours.entries["sub"]?.map(\.urls))
        }
    }

    @Test func repoIndexCommandWritesWhatHelmWrites() throws {
        let work = try Self.temporaryFolder("repo-index-cli")
        defer { try? FileManager.default.removeItem(atPath: work) }
        for folder in ["ours", "theirs"] {
            let dir = work + "/" + folder
            _ = try ChartPackager().package(directory: LintGoldens.folder + "/show/full", destination: dir)
            _ = try ChartPackager().package(directory: LintGoldens.folder + "/package/locked", destination: dir)
            _ = try ChartPackager().package(directory: LintGoldens.folder + "/deps/tool", destination: dir + "/nested")
        }
        let ran = try LintGoldens.run(["repo", "index", "ours", "--url", "https://x.example/charts"], in: work)
        #expect(ran.status == 0)
        let ours = try String(contentsOfFile: work + "/ours/index.yaml", encoding: .utf8)
        #expect(ours.contains("  - https://x.example/charts/nested/tool-1.4.0.tgz\n"))
        guard let helm = LintGoldens.referenceHelm else { return }
        #expect(try LintGoldens.runTool(helm, ["repo", "index", "theirs", "--url", "https://x.example/charts"], in: work).status == 0)
        let theirs = try String(contentsOfFile: work + "/theirs/index.yaml", encoding: .utf8)
        func stable(_ text: String) -> [Substring] {
            text.split(separator: "\n").filter { !$0.contains("created:") && !$0.hasPrefix("generated:") }
        }
        #expect(stable(ours) == stable(theirs))
    }

    /// `chart template NAME URL` downloads the archive as Helm's LocateChart does, and a chart argument
    /// that is neither a path nor a URL gets Helm's reference errors; checked against Helm when installed.
    @Test func templateLocatesChartsLikeHelm() throws {
        let work = try Self.temporaryFolder("locate")
        defer { try? FileManager.default.removeItem(atPath: work) }
        let repo = try Self.makeRepository(work)
        let server = try Server.start(serving: repo)
        defer { server.stop() }
        let fromURL = try LintGoldens.run(["template", "x", server.url + "/sub-1.2.0.tgz"], in: work)
        #expect(fromURL.status == 0)
        #expect(fromURL.stdout == "---\n# Source: sub/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sub-1-2-0\n")
        let failing = [["template", "x", server.url + "/missing.tgz"], ["template", "x", "nope.tgz"],
                       ["template", "x", "somerepo/chart"], ["template", "x", "./nope"]]
        for args in failing {
            let ran = try LintGoldens.run(args, in: work)
            #expect(ran.status == 1)
            #expect(ran.stdout.isEmpty && ran.stderr.hasPrefix("Error: "), "\(args)")
        }
        // --repo names a chart in a repository; --version and --devel pick the version.
        let fromRepo = try LintGoldens.run(["template", "x", "sub", "--repo", server.url, "--version", "^1.0.0"], in: work)
        #expect(fromRepo.status == 0)
        #expect(fromRepo.stdout.contains("name: sub-1-2-0\n"))
        let repoCases = [["template", "x", "sub", "--repo", server.url], ["template", "x", "sub", "--repo", server.url, "--version", "^1.0.0"],
                         ["template", "x", "sub", "--repo", server.url, "--version", "1.0.0"],
                         ["template", "x", "sub", "--repo", server.url, "--devel"],
                         ["template", "x", "sub", "--repo", server.url, "--version", "9.9.9"],
                         ["template", "x", "nope", "--repo", server.url]]
        guard let helm = LintGoldens.referenceHelm else { return }
        for args in [["template", "x", server.url + "/sub-1.2.0.tgz"]] + failing + repoCases {
            let ours = try LintGoldens.run(args, in: work)
            let theirs = try LintGoldens.runTool(helm, args, in: work)
            #expect(ours.stdout == theirs.stdout, "\(args)")
            #expect(ours.stderr == theirs.stderr, "\(args)")
            #expect(ours.status == theirs.status, "\(args)")
        }
    }

    @Test func goTimeFormatsLikeRFC3339Nano() {
        #expect(GoTime.rfc3339Nano(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(GoTime.rfc3339Nano(Date(timeIntervalSince1970: 1_700_000_000.5)) == "2023-11-14T22:13:20.5Z")
    }
}
