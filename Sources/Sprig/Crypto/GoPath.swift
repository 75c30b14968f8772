/// Go's `path` package (slash-separated paths). On Linux `path/filepath` behaves
/// identically, which is why the `os*` functions share these bodies.
enum GoPath {
    /// `path.Clean`: the shortest equivalent path, by purely lexical rules.
    static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for element in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch element {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !rooted {
                    parts.append("..")
                }
            default: parts.append(element)
            }
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `path.Base`: the last element, trailing slashes removed.
    static func base(_ path: String) -> String {
        if path.isEmpty { return "." }
        var p = Substring(path)
        while p.hasSuffix("/") { p = p.dropLast() }
        if let slash = p.lastIndex(of: "/") { p = p[p.index(after: slash)...] }
        return p.isEmpty ? "/" : String(p)
    }

    /// `path.Dir`: everything before the last element, cleaned.
    static func dir(_ path: String) -> String {
        let head: Substring
        if let slash = path.lastIndex(of: "/") {
            head = path[...slash]
        } else {
            head = ""
        }
        return clean(String(head))
    }

    /// `path.Ext`: from the last dot of the final element, or empty.
    static func ext(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var i = bytes.count - 1
        while i >= 0 && bytes[i] != UInt8(ascii: "/") {
            if bytes[i] == UInt8(ascii: ".") { return String(decoding: bytes[i...], as: UTF8.self) }
            i -= 1
        }
        return ""
    }

    /// `path.IsAbs`.
    static func isAbs(_ path: String) -> Bool { path.hasPrefix("/") }
}
