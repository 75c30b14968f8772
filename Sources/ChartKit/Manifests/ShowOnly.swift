/// `--show-only`'s reading of `# Source: chart/<path>` lines.
enum ShowOnly {
    /// What follows the first `/` of the first `# Source: ` line (Helm's `# Source: [^/]+/(.+)`).
    static func sourcePath(of document: String) -> String? {
        var search = document[...]
        while let r = search.range(of: "# Source: ") {
            let rest = search[r.upperBound...]
            let line = rest.prefix { $0 != "\n" }
            if let slash = line.firstIndex(of: "/"), slash != line.startIndex {
                let path = line[line.index(after: slash)...]
                if !path.isEmpty { return String(path) }
            }
            search = search[r.upperBound...]
        }
        return nil
    }
}
