import Archive
import Foundation
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

    @Test func tableIsPresent() {
        #expect(LintGoldens.table.package.count >= 6)
    }

    @Test(arguments: LintGoldens.table.package.map(\.chart))
    func archiveMatchesHelm(chart: String) throws {
        let golden = try #require(LintGoldens.table.package.first { $0.chart == chart })
        let out = try Self.temporaryFolder("package")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let written = try ChartPackager().package(directory: TestPaths.root + "/" + chart, destination: out)
        #expect(URL(fileURLWithPath: written).lastPathComponent == golden.archive)
        let bytes = try #require(FileManager.default.contents(atPath: written))
        let files = try ChartArchive.read(Array(bytes))
        let top = golden.entries.first.map { String($0.name.prefix { $0 != "/" }) } ?? ""
        #expect(files.map { "\(top)/\($0.name)" } == golden.entries.map(\.name))
        for (file, entry) in zip(files, golden.entries) {
            #expect(String(decoding: file.data, as: UTF8.self) == entry.data, "\(entry.name)")
        }
        #expect(golden.entries.allSatisfy { $0.mode == "0o644" })
    }

    @Test(arguments: LintGoldens.table.package.map(\.chart))
    func packagingTwiceGivesIdenticalBytes(chart: String) throws {
        let a = try Self.temporaryFolder("repro-a"), b = try Self.temporaryFolder("repro-b")
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        let first = try ChartPackager().package(directory: TestPaths.root + "/" + chart, destination: a)
        let second = try ChartPackager().package(directory: TestPaths.root + "/" + chart, destination: b)
        #expect(FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: a).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
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
