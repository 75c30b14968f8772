/// Helm v4.1's `releaseutil.SplitManifests`: the whole text trimmed, split by the
/// regexp `(?:^|\s*\n)---\s*` (Go's RE2: `\s` is ASCII space, tab, CR, LF, FF),
/// empty pieces dropped and every piece trimmed.
///
/// Because the separator eats all whitespace after `---`, a `---` line right after
/// another separator is not a separator itself but a document of its own.
enum ManifestSplitter {
    static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C
    }

    static func isDashes(_ b: [UInt8], _ i: Int) -> Bool {
        i + 2 < b.count && b[i] == UInt8(ascii: "-") && b[i + 1] == UInt8(ascii: "-") && b[i + 2] == UInt8(ascii: "-")
    }

    static func split(_ text: String) -> [String] {
        let b = Array(goTrimSpace(text).utf8)
        var matches: [(Int, Int)] = []
        func trailing(_ from: Int) -> Int {
            var e = from
            while e < b.count, isSpace(b[e]) { e += 1 }
            return e
        }
        var p = 0
        if isDashes(b, 0) {
            let e = trailing(3)
            matches.append((0, e))
            p = e
        }
        while p < b.count {
            guard isSpace(b[p]) else { p += 1; continue }
            var q = p
            while q < b.count, isSpace(b[q]) { q += 1 }
            if b[q - 1] == UInt8(ascii: "\n"), isDashes(b, q) {
                let e = trailing(q + 3)
                matches.append((p, e))
                p = e
            } else {
                p = q
            }
        }
        var pieces: [ArraySlice<UInt8>] = []
        var begin = 0
        for (s, e) in matches {
            pieces.append(b[begin..<s])
            begin = e
        }
        pieces.append(b[begin...])
        var docs: [String] = []
        for piece in pieces where !piece.isEmpty {
            let doc = goTrimSpace(String(decoding: piece, as: UTF8.self))
            if !doc.isEmpty { docs.append(doc) }
        }
        return docs
    }

    /// Go's `strings.TrimSpace`: Unicode white space at both ends.
    static func goTrimSpace(_ s: String) -> String {
        let u = s.unicodeScalars
        var a = u.startIndex, e = u.endIndex
        while a < e, u[a].properties.isWhitespace { a = u.index(after: a) }
        while e > a, u[u.index(before: e)].properties.isWhitespace { e = u.index(before: e) }
        return String(u[a..<e])
    }
}
