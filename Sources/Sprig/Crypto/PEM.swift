/// PEM armour exactly as Go's `pem.Encode` writes it (64-column lines, final newline).
enum PEM {
    static func encode(type: String, der: [UInt8]) -> String {
        let body = GoBase64.encode(der)
        var out = "-----BEGIN \(type)-----\n"
        var index = body.startIndex
        while index < body.endIndex {
            let end = body.index(index, offsetBy: 64, limitedBy: body.endIndex) ?? body.endIndex
            out += body[index..<end] + "\n"
            index = end
        }
        return out + "-----END \(type)-----\n"
    }

    /// Go's `pem.Decode` for the first block: its type and bytes, or nil.
    static func decode(_ text: String) -> (type: String, der: [UInt8])? {
        // "\r\n" is one Character in Swift, so both line ends are separators here.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        for (i, line) in lines.enumerated() {
            // Go wants BEGIN at the very start of a line; only trailing blanks are forgiven.
            let trimmed = line.trimmingTrailingSpaces
            guard trimmed.hasPrefix("-----BEGIN "), trimmed.hasSuffix("-----") else { continue }
            let type = String(trimmed.dropFirst(11).dropLast(5))
            var body = ""
            for next in lines[(i + 1)...] {
                let t = next.trimmingSpaces
                if t == "-----END \(type)-----" {
                    if case .success(let der) = GoBase64.decode(body) { return (type, der) }
                    break
                }
                // Headers (`Key: value`) carry nothing Sprig reads.
                if t.contains(":") { continue }
                body += t
            }
            // A block that does not decode is skipped, as Go keeps looking for the next one.
        }
        return nil
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }

    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
