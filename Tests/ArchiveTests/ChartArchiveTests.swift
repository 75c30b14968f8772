import CArchive
import Foundation
import Testing
@testable import Archive

/// One tar entry of a hand-made (possibly hostile) archive.
struct RawEntry {
    var path: String
    var data: [UInt8] = []
    var type: UInt32 = 0o100000
    var link: String? = nil
    var hardlink: String? = nil
    var declaredSize: Int? = nil
}

/// Builds a .tgz in memory with libarchive, with any entry types, so tests can
/// make the archives an attacker would.
func makeArchive(_ entries: [RawEntry]) throws -> [UInt8] {
    let writer = archive_write_new()!
    defer { archive_write_free(writer) }
    archive_write_set_format_pax_restricted(writer)
    archive_write_add_filter_gzip(writer)
    var buffer = [UInt8](repeating: 0, count: 8 * 1024 * 1024)
    var used = 0
    let status = buffer.withUnsafeMutableBytes { raw -> Int32 in
        archive_write_open_memory(writer, raw.baseAddress, raw.count, &used)
    }
    #expect(status == ARCHIVE_OK)
    let entry = archive_entry_new()!
    defer { archive_entry_free(entry) }
    for e in entries {
        archive_entry_clear(entry)
        archive_entry_set_pathname(entry, e.path)
        archive_entry_set_filetype(entry, e.type)
        archive_entry_set_perm(entry, 0o644)
        if let link = e.link { archive_entry_set_symlink(entry, link) }
        if let hard = e.hardlink { archive_entry_set_hardlink(entry, hard) }
        archive_entry_set_size(entry, la_int64_t(e.declaredSize ?? e.data.count))
        archive_write_header(writer, entry)
        if !e.data.isEmpty { _ = e.data.withUnsafeBytes { archive_write_data(writer, $0.baseAddress, $0.count) } }
    }
    archive_write_close(writer)
    return Array(buffer[0..<used])
}

func file(_ path: String, _ text: String = "x: 1\n") -> RawEntry { RawEntry(path: path, data: Array(text.utf8)) }

@Suite struct ChartArchiveReadTests {
    @Test func readsFilesBelowTheTopFolder() throws {
        let bytes = try makeArchive([
            RawEntry(path: "demo/", type: 0o040000),
            file("demo/Chart.yaml", "name: demo\n"),
            file("demo/templates/cm.yaml", "\u{FEFF}kind: ConfigMap\n"),
        ])
        let files = try ChartArchive.read(bytes)
        #expect(files.map(\.name) == ["Chart.yaml", "templates/cm.yaml"])
        #expect(files[1].data == Array("kind: ConfigMap\n".utf8), "the UTF-8 BOM is dropped as Helm drops it")
    }

    @Test(arguments: [
        (RawEntry(path: "demo/../../etc/passwd", data: [1]), ArchiveError.parentReference("demo/../../etc/passwd")),
        (RawEntry(path: "demo//etc/passwd", data: [1]), ArchiveError.absolutePath("demo//etc/passwd")),
        (RawEntry(path: "demo", data: [1]), ArchiveError.outsideBase("demo")),
        (RawEntry(path: "demo/c:/x", data: [1]), ArchiveError.drivePath("demo/c:/x")),
        (RawEntry(path: "Chart.yaml", data: [1]), ArchiveError.chartYAMLNotInBase),
        (RawEntry(path: "demo/evil", type: 0o120000, link: "/etc/passwd"), ArchiveError.link("demo/evil")),
        (RawEntry(path: "demo/hard", hardlink: "demo/Chart.yaml"), ArchiveError.link("demo/hard")),
        (RawEntry(path: "demo/dev", type: 0o020000), ArchiveError.special("demo/dev")),
        (RawEntry(path: "demo/fifo", type: 0o010000), ArchiveError.special("demo/fifo")),
        (RawEntry(path: "demo/./Chart.yaml", data: [1]), ArchiveError.duplicate("demo/./Chart.yaml")),
        (RawEntry(path: "demo/templates//../Chart.yaml", data: [1]), ArchiveError.duplicate("demo/templates//../Chart.yaml")),
        (RawEntry(path: "demo/templates/../../../../root/.ssh/authorized_keys", data: [1]),
         ArchiveError.parentReference("demo/templates/../../../../root/.ssh/authorized_keys")),
        (RawEntry(path: "demo\\..\\..\\evil", data: [1]), ArchiveError.parentReference("demo\\..\\..\\evil")),
        (RawEntry(path: "demo/..", data: [1]), ArchiveError.parentReference("demo/..")),
        (RawEntry(path: "demo/.", data: [1]), ArchiveError.outsideBase("demo/.")),
        (RawEntry(path: "demo/C:/Windows/evil", data: [1]), ArchiveError.drivePath("demo/C:/Windows/evil")),
        (RawEntry(path: "demo/up", type: 0o120000, link: "../../../etc/shadow"), ArchiveError.link("demo/up")),
        (RawEntry(path: "demo/templates/cm.yaml", type: 0o120000, link: "cm2.yaml"), ArchiveError.link("demo/templates/cm.yaml")),
        (RawEntry(path: "demo/outside", hardlink: "/etc/passwd"), ArchiveError.link("demo/outside")),
        (RawEntry(path: "demo/chr", type: 0o020000), ArchiveError.special("demo/chr")),
        (RawEntry(path: "demo/blk", type: 0o060000), ArchiveError.special("demo/blk")),
    ])
    func rejectsHostileEntries(entry: RawEntry, expected: ArchiveError) throws {
        let bytes = try makeArchive([file("demo/Chart.yaml"), entry])
        #expect(throws: expected) { try ChartArchive.read(bytes) }
    }

    @Test func rejectsAFileOverThePerFileLimit() throws {
        let limits = ArchiveLimits(maxTotalSize: 1 << 20, maxFileSize: 1000, maxEntries: 100)
        let bytes = try makeArchive([file("demo/Chart.yaml"), RawEntry(path: "demo/big", data: [UInt8](repeating: 65, count: 1001))])
        #expect(throws: ArchiveError.fileTooLarge("demo/big", 1000)) { try ChartArchive.read(bytes, limits: limits) }
    }

    @Test func rejectsAGzipBombByTotalSize() throws {
        // 6 MiB of zeros compresses to a few KB; the total cap stops it.
        let limits = ArchiveLimits(maxTotalSize: 4 << 20, maxFileSize: 8 << 20, maxEntries: 100)
        let zeros = [UInt8](repeating: 0, count: 6 << 20)
        let bytes = try makeArchive([file("demo/Chart.yaml"), RawEntry(path: "demo/bomb", data: zeros)])
        #expect(bytes.count < 100_000)
        #expect(throws: ArchiveError.tooLarge(4 << 20)) { try ChartArchive.read(bytes, limits: limits) }
    }

    @Test func rejectsTooManyEntries() throws {
        let limits = ArchiveLimits(maxTotalSize: 1 << 20, maxFileSize: 1 << 20, maxEntries: 10)
        let bytes = try makeArchive((0..<11).map { file("demo/f\($0)") })
        #expect(throws: ArchiveError.tooManyEntries(10)) { try ChartArchive.read(bytes, limits: limits) }
    }

    @Test func rejectsNonGzipAndEmptyArchives() throws {
        #expect(throws: ArchiveError.notGzip) { try ChartArchive.read(Array("name: x\n".utf8)) }
        let onlyDirs = try makeArchive([RawEntry(path: "demo/", type: 0o040000)])
        #expect(throws: ArchiveError.empty) { try ChartArchive.read(onlyDirs) }
    }

    @Test func rejectsATruncatedArchive() throws {
        let bytes = try makeArchive([file("demo/Chart.yaml", String(repeating: "abcdefgh", count: 5000))])
        #expect(throws: (any Error).self) { try ChartArchive.read(Array(bytes.prefix(bytes.count / 2))) }
    }
}

@Suite struct ChartArchiveWriteTests {
    let files = [
        ArchiveFile(name: "Chart.yaml", data: Array("apiVersion: v2\nname: demo\nversion: 1.0.0\n".utf8), modified: 1_700_000_000),
        ArchiveFile(name: "values.yaml", data: Array("a: 1\n".utf8), modified: 1_700_000_001),
        ArchiveFile(name: "templates/cm.yaml", data: Array("kind: ConfigMap\n".utf8), modified: 1_700_000_002),
    ]

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("archive-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func writesWhatReadGivesBack() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("demo-1.0.0.tgz")
        try ChartArchive.write(files, folder: "demo", to: out)
        let back = try ChartArchive.read(Array(try Data(contentsOf: out)))
        #expect(back == files)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["demo-1.0.0.tgz"], "no temporary file is left")
    }

    @Test func writesTheSameBytesTwice() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.tgz"), b = dir.appendingPathComponent("b.tgz")
        try ChartArchive.write(files, folder: "demo", to: a)
        Thread.sleep(forTimeInterval: 1.1)
        try ChartArchive.write(files, folder: "demo", to: b)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func leavesNothingWhenTheDestinationCannotBeWritten() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("missing-folder/demo.tgz")
        #expect(throws: ArchiveError.self) { try ChartArchive.write(files, folder: "demo", to: out) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
