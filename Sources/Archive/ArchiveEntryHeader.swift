/// One tar header as `tar -tzvf` shows it, so an archive can be compared with Helm's entry by entry
/// without comparing gzip bytes.
public struct ArchiveEntryHeader: Sendable, Equatable {
    /// The full entry path, top folder included (`mysql/templates/service.yaml`).
    public var name: String
    /// The ustar type flag: `0` regular file, `5` folder, `2` symbolic link, `1` hard link, `?` other.
    public var typeFlag: Character
    /// Permission bits (`0o644`).
    public var mode: UInt32
    public var uid: Int64
    public var gid: Int64
    /// Owner and group names; empty when the writer stored none.
    public var uname: String
    public var gname: String
    /// Size in bytes as declared in the header.
    public var size: Int64
    /// Modification time, whole seconds since 1970.
    public var mtime: Int64
    /// The entry's contents (empty for anything but a regular file).
    public var data: [UInt8]

    public init(name: String, typeFlag: Character, mode: UInt32, uid: Int64, gid: Int64, uname: String, gname: String,
                size: Int64, mtime: Int64, data: [UInt8]) {
        self.name = name
        self.typeFlag = typeFlag
        self.mode = mode
        self.uid = uid
        self.gid = gid
        self.uname = uname
        self.gname = gname
        self.size = size
        self.mtime = mtime
        self.data = data
    }
}
