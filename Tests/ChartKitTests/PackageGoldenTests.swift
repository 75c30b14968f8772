import Archive
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import ChartKit

/// `chart package` against `helm package`: the same entries, in the same order, with the same
/// contents; byte-identical archives when packaging twice; each tool loads the other's archive.
@Suite struct PackageGoldenTests {
    static func temporaryFolder(_ tag: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chart-\(tag)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let packaged = LintGoldens.table.package.filter { $0.exit == 0 }.map(\.chart)

    @Test func tableIsPresent() {
        #expect(LintGoldens.table.package.count >= 100)
        #expect(Self.packaged.count >= 80)
        #expect(LintGoldens.table.package.count - Self.packaged.count >= 10)
        #expect(LintGoldens.table.packageArgs.count >= 12)
    }

    /// `chart package CHART -d DEST` in the repository root, as the generator ran `helm package`:
    /// the same status and lines, and an archive whose headers and contents match Helm's.
    @Test(arguments: LintGoldens.table.package.map(\.chart))
    func archiveMatchesHelm(chart: String) throws {
        let golden = try #require(LintGoldens.table.package.first { $0.chart == chart })
        try #require(FileManager.default.isExecutableFile(atPath: LintGoldens.binary), "build the chart binary first")
        let out = try Self.temporaryFolder("package")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try LintGoldens.run(["package", chart, "-d", out], in: TestPaths.root)
        func placeholders(_ text: String) -> String {
            text.replacingOccurrences(of: out, with: "{DEST}").replacingOccurrences(of: TestPaths.root, with: "{ROOT}")
        }
        #expect(result.status == golden.exit)
        #expect(placeholders(result.stdout) == golden.stdout)
        #expect(placeholders(result.stderr) == golden.stderr)
        let written = try FileManager.default.contentsOfDirectory(atPath: out)
        guard golden.exit == 0 else {
            #expect(written.isEmpty, "nothing is written when packaging fails")
            return
        }
        #expect(written == [golden.archive])
        let bytes = try #require(FileManager.default.contents(atPath: out + "/" + golden.archive))
        let headers = Self.subchartOrder(try ChartArchive.list(Array(bytes)))
        #expect(headers.map(\.name) == golden.entries.map(\.name))
        for (header, entry) in zip(headers, golden.entries) {
            #expect(String(header.typeFlag) == entry.type, "\(entry.name)")
            #expect(String(header.mode, radix: 8).leftPadded(to: 4) == entry.mode, "\(entry.name)")
            #expect([header.uid, header.gid] == [entry.uid, entry.gid], "\(entry.name)")
            #expect([header.uname, header.gname] == [entry.uname, entry.gname], "\(entry.name)")
            #expect(header.size == entry.size, "\(entry.name)")
            #expect(SHA256Digest.hex(header.data) == entry.sha256, "\(entry.name)")
            #expect(header.mtime == Self.expectedTime(entry, chart: chart), "\(entry.name)")
        }
    }

    /// Flags and failures around the charts: folder checks, `--version`, several charts in one
    /// run, destinations that are files or must be made.
    @Test(arguments: LintGoldens.table.packageArgs.map(\.label))
    func commandMatchesHelm(label: String) throws {
        let golden = try #require(LintGoldens.table.packageArgs.first { $0.label == label })
        try #require(FileManager.default.isExecutableFile(atPath: LintGoldens.binary), "build the chart binary first")
        let dest = try Self.temporaryFolder("package-args")
        defer { try? FileManager.default.removeItem(atPath: dest) }
        FileManager.default.createFile(atPath: dest + "/file", contents: nil)
        let result = try LintGoldens.run(["package"] + golden.args.map { $0.replacingOccurrences(of: "{DEST}", with: dest) },
                                         in: TestPaths.root)
        func placeholders(_ text: String) -> String {
            text.replacingOccurrences(of: dest, with: "{DEST}").replacingOccurrences(of: TestPaths.root, with: "{ROOT}")
        }
        #expect(result.status == golden.exit)
        #expect(placeholders(result.stdout) == golden.stdout)
        #expect(placeholders(result.stderr) == golden.stderr)
        var written: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: dest)
        while let name = walker?.nextObject() as? String {
            guard name.hasSuffix(".tgz") else { continue }
            let bytes = try #require(FileManager.default.contents(atPath: dest + "/" + name))
            let head = try ChartArchive.list(Array(bytes)).first { $0.name.split(separator: "/").count == 2 && $0.name.hasSuffix("/Chart.yaml") }
            written[name] = head.map { SHA256Digest.hex($0.data) } ?? "no Chart.yaml"
        }
        #expect(written == golden.written)
    }

    /// Entries stably sorted by the subcharts they sit in, as the generator sorts Helm's: Helm
    /// writes sibling subcharts in Go's random map order; we write them by name.
    static func subchartOrder(_ headers: [ArchiveEntryHeader]) -> [ArchiveEntryHeader] {
        func chain(_ name: String) -> [String] {
            var parts = name.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
            var names: [String] = []
            while parts.count > 2, parts[0] == "charts" {
                names.append(parts[1])
                parts.removeFirst(2)
            }
            return names
        }
        return headers.enumerated().sorted { a, b in
            let (x, y) = (chain(a.element.name), chain(b.element.name))
            return x == y ? a.offset < b.offset : x.lexicographicallyPrecedes(y)
        }.map(\.element)
    }

    /// The time Helm gave an entry: a fixed one from the golden, or the source file's own, rounded
    /// to the nearest second (the golden says which; the file's time is of this checkout).
    static func expectedTime(_ entry: LintGoldens.Entry, chart: String) -> Int64? {
        switch entry.mtime {
        case .fixed(let seconds): return seconds
        case .file:
            let inside = entry.name.drop { $0 != "/" }.dropFirst()
            var info = stat()
            guard stat(TestPaths.root + "/" + chart + "/" + inside, &info) == 0 else { return nil }
            let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            return Int64(seconds.rounded())
        }
    }

    @Test(arguments: packaged)
    func packagingTwiceGivesIdenticalBytes(chart: String) throws {
        let a = try Self.temporaryFolder("repro-a"), b = try Self.temporaryFolder("repro-b")
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        let first = try ChartPackager().package(directory: TestPaths.root + "/" + chart, destination: a)
        let second = try ChartPackager().package(directory: TestPaths.root + "/" + chart, destination: b)
        #expect(FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: a).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    /// File times drive entry times: sub-second times round to the nearest second as Go's tar
    /// writer rounds them, and Chart.lock carries its `generated` time.
    @Test func entryTimesFollowHelmsRules() throws {
        let work = try Self.temporaryFolder("package-times")
        defer { try? FileManager.default.removeItem(atPath: work) }
        try FileManager.default.copyItem(atPath: LintGoldens.folder + "/package/locked", toPath: work + "/locked")
        let stamps: [(String, Int, Int)] = [("Chart.yaml", 1_600_000_000, 499_999_000), ("values.yaml", 1_600_000_100, 500_000_000),
                                            ("templates/cm.yaml", 1_500_000_000, 999_000_000)]
        for (name, seconds, nanos) in stamps {
            var times = [timespec(tv_sec: seconds, tv_nsec: nanos), timespec(tv_sec: seconds, tv_nsec: nanos)]
            #expect(utimensat(AT_FDCWD, work + "/locked/" + name, &times, 0) == 0)
        }
        // A linked file carries its target's time, not the link's.
        try "linked\n".write(toFile: work + "/target.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: work + "/locked/files/linked.txt", withDestinationPath: "../../target.txt")
        var targetTimes = [timespec(tv_sec: 1_400_000_000, tv_nsec: 0), timespec(tv_sec: 1_400_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, work + "/target.txt", &targetTimes, 0) == 0)
        var linkTimes = [timespec(tv_sec: 1_300_000_000, tv_nsec: 0), timespec(tv_sec: 1_300_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, work + "/locked/files/linked.txt", &linkTimes, AT_SYMLINK_NOFOLLOW) == 0)
        let written = try ChartPackager().package(directory: work + "/locked", destination: work + "/out")
        let headers = try ChartArchive.list(Array(try #require(FileManager.default.contents(atPath: written))))
        func time(_ name: String) -> Int64? { headers.first { $0.name == "locked/" + name }?.mtime }
        #expect(time("Chart.yaml") == 1_600_000_000)
        #expect(time("values.yaml") == 1_600_000_101)
        #expect(time("templates/cm.yaml") == 1_500_000_001)
        #expect(time("Chart.lock") == 1_714_979_289)
        #expect(time("files/linked.txt") == 1_400_000_000)
        #expect(ChartPackager.lockTime("2024-05-06T09:08:09.5+02:00") == 1_714_979_290)
        #expect(ChartPackager.lockTime("2024-05-06T07:08:09Z") == 1_714_979_289)
        #expect(ChartPackager.lockTime("yesterday") == nil)
        if let helm = LintGoldens.referenceHelm {
            #expect(try LintGoldens.runTool(helm, ["package", work + "/locked", "-d", work + "/helm"], in: work).status == 0)
            let theirs = try ChartArchive.list(Array(try #require(FileManager.default.contents(atPath: work + "/helm/" + URL(fileURLWithPath: written).lastPathComponent))))
            #expect(theirs.map(\.mtime) == headers.map(\.mtime))
            #expect(theirs.map(\.data) == headers.map(\.data))
        }
    }

    @Test func versionFlagsRewriteChartYAML() throws {
        let out = try Self.temporaryFolder("package-flags")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let written = try ChartPackager(version: "9.8.7", appVersion: "2.0")
            .package(directory: LintGoldens.folder + "/show/full", destination: out)
        #expect(written.hasSuffix("/full-9.8.7.tgz"))
        let chart = try ChartLoader.load(archive: written)
        #expect(chart.metadata.version == "9.8.7")
        #expect(chart.metadata.appVersion == "2.0")
        let head = try ChartArchive.read(Array(FileManager.default.contents(atPath: written)!)).first!
        #expect(head.name == "Chart.yaml")
        #expect(String(decoding: head.data, as: UTF8.self).contains("appVersion: \"2.0\"\n"))
    }

    @Test func missingDependencyIsRefused() throws {
        let out = try Self.temporaryFolder("package-missing")
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(throws: PackageError.self) {
            try ChartPackager().package(directory: LintGoldens.folder + "/lint/missing-dependency", destination: out)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }

    @Test func helmRendersOurArchiveAsTheFolder() throws {
        guard let helm = LintGoldens.referenceHelm else { return }
        let out = try Self.temporaryFolder("package-helm")
        defer { try? FileManager.default.removeItem(atPath: out) }
        for chart in ["charts/mysql", "charts/redis"] {
            let folder = TestPaths.root + "/" + chart
            let written = try ChartPackager().package(directory: folder, destination: out)
            // Fixed secrets: the default values draw random passwords.
            let values = folder + "/ci/existing-secret-values.yaml"
            let fromFolder = try LintGoldens.runTool(helm, ["template", "r", folder, "-f", values], in: out)
            let fromArchive = try LintGoldens.runTool(helm, ["template", "r", written, "-f", values], in: out)
            #expect(fromFolder.status == 0)
            #expect(fromArchive.status == 0)
            #expect(fromArchive.stdout == fromFolder.stdout)
        }
    }

    @Test func weLoadWhatHelmPackages() throws {
        guard let helm = LintGoldens.referenceHelm else { return }
        let out = try Self.temporaryFolder("package-load")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let folder = TestPaths.root + "/charts/mysql"
        #expect(try LintGoldens.runTool(helm, ["package", folder, "-d", out], in: out).status == 0)
        let archive = out + "/mysql-1.0.0.tgz"
        let fromArchive = try ChartLoader.load(archive: archive)
        let fromFolder = try ChartLoader.load(directory: folder)
        #expect(fromArchive.metadata == fromFolder.metadata)
        #expect(fromArchive.templates.map(\.name) == fromFolder.templates.map(\.name))
        #expect(fromArchive.templates.map(\.data) == fromFolder.templates.map(\.data))
        #expect(fromArchive.files.map(\.name) == fromFolder.files.map(\.name))
    }

    @Test func packageCommandPrintsHelmsLines() throws {
        let work = try Self.temporaryFolder("package-cli")
        defer { try? FileManager.default.removeItem(atPath: work) }
        try FileManager.default.copyItem(atPath: LintGoldens.folder + "/deps", toPath: work + "/ours")
        let ours = try LintGoldens.run(["package", "-u", "app", "-d", "./out/"], in: work + "/ours")
        #expect(ours.stdout == "Successfully packaged chart and saved it to: out/app-1.0.0.tgz\n")
        #expect(ours.status == 0)
        let chart = try ChartLoader.load(archive: work + "/ours/out/app-1.0.0.tgz")
        #expect(chart.dependencies.map(\.name).sorted() == ["lib", "tool"])
        #expect(chart.lock?.dependencies.count == 3)
        let cwd = try LintGoldens.run(["package", "lib"], in: work + "/ours")
        #expect(cwd.stdout == "Successfully packaged chart and saved it to: \(URL(fileURLWithPath: work + "/ours").standardizedFileURL.path)/lib-0.2.5.tgz\n")
        if let helm = LintGoldens.referenceHelm {
            try FileManager.default.copyItem(atPath: LintGoldens.folder + "/deps", toPath: work + "/theirs")
            let theirs = try LintGoldens.runTool(helm, ["package", "-u", "app", "-d", "./out/"], in: work + "/theirs")
            #expect(theirs.stdout == ours.stdout)
        }
    }

    @Test func lintOfOurArchiveMatchesHelm() throws {
        guard let helm = LintGoldens.referenceHelm else { return }
        let work = try Self.temporaryFolder("lint-archive")
        defer { try? FileManager.default.removeItem(atPath: work) }
        for chart in ["no-icon", "deprecated-api"] {
            _ = try ChartPackager().package(directory: LintGoldens.folder + "/lint/" + chart, destination: work)
            let ours = try LintGoldens.run(["lint", "\(chart)-0.1.0.tgz"], in: work)
            let theirs = try LintGoldens.runTool(helm, ["lint", "\(chart)-0.1.0.tgz"], in: work)
            #expect(ours.stdout == theirs.stdout)
            #expect(ours.status == theirs.status)
        }
    }
}

extension String {
    /// Zero-padded on the left, as `%04o` prints a mode.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
