internal import CArchive
import Foundation

/// One regular file of a chart archive, by its path inside the chart folder.
public struct ArchiveFile: Sendable, Equatable {
    /// Slash-separated path below the archive's top folder (`templates/service.yaml`).
    public var name: String
    public var data: [UInt8]
    /// Modification time, whole seconds since 1970 (what tar keeps).
    public var modified: Int64

    public init(name: String, data: [UInt8], modified: Int64 = 0) {
        self.name = name
        self.data = data
        self.modified = modified
    }
}

/// The caps Helm applies when it expands a chart, so a hostile archive cannot exhaust memory.
public struct ArchiveLimits: Sendable {
    /// Helm's `MaxDecompressedChartSize`: all files together.
    public var maxTotalSize: Int64
    /// Helm's `MaxDecompressedFileSize`: any one file.
    public var maxFileSize: Int64
    /// Entries of any kind; a tar of millions of empty files is a bomb too.
    public var maxEntries: Int

    public init(maxTotalSize: Int64, maxFileSize: Int64, maxEntries: Int) {
        self.maxTotalSize = maxTotalSize
        self.maxFileSize = maxFileSize
        self.maxEntries = maxEntries
    }

    /// Helm's defaults: 100 MiB in all, 5 MiB per file.
    public static let helm = ArchiveLimits(maxTotalSize: 100 * 1024 * 1024, maxFileSize: 5 * 1024 * 1024, maxEntries: 100_000)
}

/// Reading and writing gzip'd tar archives of charts, the only place libarchive is called.
public enum ChartArchive {
    /// Reads a `.tgz` chart from memory with Helm's path rules, stricter link rules, and size limits.
    ///
    /// The first path component (the chart's folder) is dropped, as Helm drops it.
    /// Symbolic links, hard links, devices and duplicate paths are rejected outright:
    /// Helm would store a link as an empty file, which hides the mistake.
    public static func read(_ bytes: [UInt8], limits: ArchiveLimits = .helm) throws -> [ArchiveFile] {
        guard bytes.count >= 3, bytes[0] == 0x1F, bytes[1] == 0x8B, bytes[2] == 0x08 else {
            throw ArchiveError.notGzip
        }
        try requireLibrary()
        guard let reader = archive_read_new() else { throw ArchiveError.library("cannot create a reader") }
        defer { archive_read_free(reader) }
        archive_read_support_filter_gzip(reader)
        archive_read_support_format_tar(reader)

        return try bytes.withUnsafeBytes { raw -> [ArchiveFile] in
            guard archive_read_open_memory(reader, raw.baseAddress, raw.count) == ARCHIVE_OK else {
                throw ArchiveError.library(lastError(reader))
            }
            var files: [ArchiveFile] = []
            var seen = Set<String>()
            var remaining = limits.maxTotalSize
            var entries = 0
            var entry: OpaquePointer?
            while true {
                let status = archive_read_next_header(reader, &entry)
                if status == ARCHIVE_EOF { break }
                guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                    throw ArchiveError.library(lastError(reader))
                }
                entries += 1
                if entries > limits.maxEntries { throw ArchiveError.tooManyEntries(limits.maxEntries) }
                let rawName = archive_entry_pathname(entry).map { String(cString: $0) } ?? ""
                let type = archive_entry_filetype(entry) & 0o170000
                if type == 0o040000 { continue }
                if archive_entry_hardlink(entry) != nil { throw ArchiveError.link(rawName) }
                if type == 0o120000 { throw ArchiveError.link(rawName) }
                guard type == 0o100000 else { throw ArchiveError.special(rawName) }

                let name = try chartPath(of: rawName)
                guard seen.insert(name).inserted else { throw ArchiveError.duplicate(rawName) }
                let declared = archive_entry_size(entry)
                if declared > remaining { throw ArchiveError.tooLarge(limits.maxTotalSize) }
                if declared > limits.maxFileSize { throw ArchiveError.fileTooLarge(rawName, limits.maxFileSize) }

                let data = try readData(reader, entry: rawName, cap: min(remaining, limits.maxFileSize), limits: limits)
                remaining -= Int64(data.count)
                if Int64(data.count) < declared || remaining <= 0 { throw ArchiveError.tooLarge(limits.maxTotalSize) }
                files.append(ArchiveFile(name: name, data: dropBOM(data), modified: Int64(archive_entry_mtime(entry))))
            }
            if files.isEmpty { throw ArchiveError.empty }
            return files
        }
    }

    /// Writes `files` under `folder/` as a gzip'd tar, reproducibly: entries sorted as given,
    /// mode 0644, owner 0, the files' own times, no timestamp in the gzip header.
    ///
    /// The archive is written beside `destination` under a temporary name and renamed,
    /// so a failure never leaves half an archive.
    public static func write(_ files: [ArchiveFile], folder: String, to destination: URL) throws {
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try writeFile(files, folder: folder, path: temporary.path)
            guard rename(temporary.path, destination.path) == 0 else {
                throw ArchiveError.write("cannot rename \(temporary.path) to \(destination.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    private static func writeFile(_ files: [ArchiveFile], folder: String, path: String) throws {
        try requireLibrary()
        // Chart file names are UTF-8; under the C locale libarchive cannot put a non-ASCII name in a
        // pax record ("Can't translate pathname"), so this thread writes with a UTF-8 character type.
        let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
        let previous = utf8.map { uselocale($0) }
        defer {
            if let previous { uselocale(previous) }
            if let utf8 { freelocale(utf8) }
        }
        guard let writer = archive_write_new() else { throw ArchiveError.write("cannot create a writer") }
        defer { archive_write_free(writer) }
        // ustar headers where a name fits, a pax record where it does not (long or non-ASCII names), as Go writes.
        archive_write_set_format_pax_restricted(writer)
        archive_write_add_filter_gzip(writer)
        // No time in the gzip header: the same chart must give the same bytes.
        archive_write_set_filter_option(writer, "gzip", "timestamp", nil)
        guard archive_write_open_filename(writer, path) == ARCHIVE_OK else {
            throw ArchiveError.write(lastError(writer))
        }
        guard let entry = archive_entry_new() else { throw ArchiveError.write("cannot create an entry") }
        defer { archive_entry_free(entry) }
        for file in files {
            archive_entry_clear(entry)
            archive_entry_set_pathname(entry, "\(folder)/\(file.name)")
            archive_entry_set_filetype(entry, 0o100000)
            archive_entry_set_perm(entry, 0o644)
            archive_entry_set_size(entry, la_int64_t(file.data.count))
            archive_entry_set_mtime(entry, time_t(file.modified), 0)
            archive_entry_set_uid(entry, 0)
            archive_entry_set_gid(entry, 0)
            guard archive_write_header(writer, entry) == ARCHIVE_OK else { throw ArchiveError.write(lastError(writer)) }
            let written = file.data.withUnsafeBytes { archive_write_data(writer, $0.baseAddress, $0.count) }
            guard written == file.data.count else { throw ArchiveError.write(lastError(writer)) }
        }
        guard archive_write_close(writer) == ARCHIVE_OK else { throw ArchiveError.write(lastError(writer)) }
        let fd = open(path, O_RDONLY)
        if fd >= 0 { fsync(fd); close(fd) }
    }

    /// Helm's path rules: drop the top folder, normalise `\`, refuse absolute, parent and drive paths.
    static func chartPath(of rawName: String) throws -> String {
        let delimiter: Character = rawName.contains("\\") ? "\\" : "/"
        let parts = rawName.split(separator: delimiter, omittingEmptySubsequences: false)
        if parts.first == "Chart.yaml" { throw ArchiveError.chartYAMLNotInBase }
        let rest = parts.dropFirst().joined(separator: "/")
        if rest.hasPrefix("/") { throw ArchiveError.absolutePath(rawName) }
        let cleaned = cleanPath(rest)
        if cleaned == "." { throw ArchiveError.outsideBase(rawName) }
        if cleaned.hasPrefix("..") { throw ArchiveError.parentReference(rawName) }
        if cleaned.count >= 3, cleaned.dropFirst().hasPrefix(":/"), cleaned.first!.isASCII, cleaned.first!.isLetter {
            throw ArchiveError.drivePath(rawName)
        }
        return cleaned
    }

    /// Go's `path.Clean` for relative slash paths.
    static func cleanPath(_ path: String) -> String {
        var out: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = out.last, last != ".." { out.removeLast() } else { out.append(part) }
            default: out.append(part)
            }
        }
        return out.isEmpty ? "." : out.joined(separator: "/")
    }

    private static func readData(_ reader: OpaquePointer, entry: String, cap: Int64, limits: ArchiveLimits) throws -> [UInt8] {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { archive_read_data(reader, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 { throw ArchiveError.library(lastError(reader)) }
            if Int64(data.count + n) > limits.maxFileSize { throw ArchiveError.fileTooLarge(entry, limits.maxFileSize) }
            if Int64(data.count + n) > cap { throw ArchiveError.tooLarge(limits.maxTotalSize) }
            data.append(contentsOf: buffer[0..<n])
        }
        return data
    }

    private static func dropBOM(_ data: [UInt8]) -> [UInt8] {
        data.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(data.dropFirst(3)) : data
    }

    /// libarchive is opened on first use; a machine without it gets an error, not a crash.
    static func requireLibrary() throws {
        guard carchive_load() == 0 else { return }
        throw ArchiveError.library(String(cString: carchive_load_error()))
    }

    private static func lastError(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unknown libarchive error"
    }
}
