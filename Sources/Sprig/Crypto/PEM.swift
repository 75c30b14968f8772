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
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" })
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        for (i, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces
            guard trimmed.hasPrefix("-----BEGIN "), trimmed.hasSuffix("-----") else { continue }
            let type = String(trimmed.dropFirst(11).dropLast(5))
            var body = ""
            for next in lines[(i + 1)...] {
                let t = next.trimmingSpaces
                if t == "-----END \(type)-----" {
                    if case .success(let der) = GoBase64.decode(body) { return (type, der) }
                    return nil
                }
                // Headers (`Key: value`) carry nothing Sprig reads.
                if t.contains(":") { continue }
                body += t
            }
            return nil
        }
        return nil
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
