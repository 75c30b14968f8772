import GoValue

/// Helm v4's `LoadValues` plumbing: k8s.io/apimachinery's `YAMLReader` document split
/// and Helm's `MergeMaps`.
enum ValuesDocuments {
    /// Splits at lines starting with `---` (followed only by spaces or a comment).
    /// Lines are read as Go's `bufio.Reader.ReadLine` reads them: `\r\n` becomes `\n`.
    static func split(_ text: String) throws -> [String] {
        var docs: [String] = []
        var buffer: [UInt8] = []
        let bytes = Array(text.utf8)
        var start = 0
        func flush() {
            if !buffer.isEmpty { docs.append(String(decoding: buffer, as: UTF8.self)); buffer.removeAll() }
        }
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var line = Array(bytes[start..<end])
            start = end + 1
            if line.last == UInt8(ascii: "\r") && end < bytes.count { line.removeLast() }
            if line.count >= 3, line[0] == UInt8(ascii: "-"), line[1] == UInt8(ascii: "-"), line[2] == UInt8(ascii: "-") {
                let rest = String(decoding: line[3...], as: UTF8.self)
                let trimmed = trimSpace(rest)
                if let first = trimmed.first, first != "#" {
                    throw YAMLError(message: "error reading yaml document: invalid Yaml document separator: \(trimmed)")
                }
                flush()
                continue
            }
            buffer.append(contentsOf: line)
            buffer.append(UInt8(ascii: "\n"))
        }
        flush()
        return docs
    }

    static func trimSpace(_ s: String) -> String {
        let u = Array(s.unicodeScalars)
        var a = 0, b = u.count
        while a < b, u[a].properties.isWhitespace { a += 1 }
        while b > a, u[b - 1].properties.isWhitespace { b -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: u[a..<b])
        return String(out)
    }

    /// Helm's `MergeMaps`: maps merge recursively, anything else from `b` replaces.
    static func merge(_ a: [String: GoValue], _ b: [String: GoValue]) -> [String: GoValue] {
        var out = a
        for (k, v) in b {
            if case .map(let bm) = v, let existing = out[k], case .map(let am) = existing {
                out[k] = .map(GoMap(merge(am.entries, bm.entries)))
                continue
            }
            out[k] = v
        }
        return out
    }
}
