internal import CArchive
import Foundation

extension ChartArchive {
    /// Every header of a `.tgz` as written, with no chart rules applied: for inspecting archives
    /// (ours and Helm's) the way `tar -tzvf` does. Not for loading untrusted charts; use `read`.
    public static func list(_ bytes: [UInt8]) throws -> [ArchiveEntryHeader] {
        try requireLibrary()
        guard let reader = archive_read_new() else { throw ArchiveError.library("cannot create a reader") }
        defer { archive_read_free(reader) }
        archive_read_support_filter_gzip(reader)
        archive_read_support_format_tar(reader)
        return try bytes.withUnsafeBytes { raw -> [ArchiveEntryHeader] in
            guard archive_read_open_memory(reader, raw.baseAddress, raw.count) == ARCHIVE_OK else {
                throw ArchiveError.library(archive_error_string(reader).map { String(cString: $0) } ?? "unreadable archive")
            }
            var headers: [ArchiveEntryHeader] = []
            var entry: OpaquePointer?
            while true {
                let status = archive_read_next_header(reader, &entry)
                if status == ARCHIVE_EOF { break }
                guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                    throw ArchiveError.library(archive_error_string(reader).map { String(cString: $0) } ?? "unreadable entry")
                }
                let type = archive_entry_filetype(entry) & 0o170000
                let flag: Character
                if archive_entry_hardlink(entry) != nil {
                    flag = "1"
                } else {
                    switch type {
                    case 0o100000: flag = "0"
                    case 0o040000: flag = "5"
                    case 0o120000: flag = "2"
                    default: flag = "?"
                    }
                }
                var data: [UInt8] = []
                if flag == "0" {
                    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                    while true {
                        let n = buffer.withUnsafeMutableBytes { archive_read_data(reader, $0.baseAddress, $0.count) }
                        if n == 0 { break }
                        if n < 0 {
                            throw ArchiveError.library(archive_error_string(reader).map { String(cString: $0) } ?? "unreadable data")
                        }
                        data.append(contentsOf: buffer[0..<n])
                    }
                }
                headers.append(ArchiveEntryHeader(
                    name: archive_entry_pathname(entry).map { String(cString: $0) } ?? "",
                    typeFlag: flag,
                    mode: UInt32(archive_entry_perm(entry)),
                    uid: Int64(archive_entry_uid(entry)),
                    gid: Int64(archive_entry_gid(entry)),
                    uname: archive_entry_uname(entry).map { String(cString: $0) } ?? "",
                    gname: archive_entry_gname(entry).map { String(cString: $0) } ?? "",
                    size: Int64(archive_entry_size(entry)),
                    mtime: Int64(archive_entry_mtime(entry)),
                    data: data))
            }
            return headers
        }
    }
}
