/// Go's `base64.StdEncoding`: padded, standard alphabet, and a decoder that
/// skips CR and LF and reports the same offsets Go reports.
enum GoBase64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let padding = UInt8(ascii: "=")

    static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: 0xff, count: 256)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = UInt8(i) }
        return table
    }()

    /// `EncodeToString`.
    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 3 <= bytes.count {
            let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            for shift in [18, 12, 6, 0] { out.append(alphabet[Int(v >> UInt32(shift) & 0x3f)]) }
            i += 3
        }
        let rest = bytes.count - i
        if rest > 0 {
            var v = UInt32(bytes[i]) << 16
            if rest == 2 { v |= UInt32(bytes[i + 1]) << 8 }
            out.append(alphabet[Int(v >> 18 & 0x3f)])
            out.append(alphabet[Int(v >> 12 & 0x3f)])
            out.append(rest == 2 ? alphabet[Int(v >> 6 & 0x3f)] : padding)
            out.append(padding)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `DecodeString`: the bytes, or the first corrupt offset as Go finds it.
    static func decode(_ text: String) -> Result<[UInt8], GoCorruptInput> {
        let src = Array(text.utf8)
        var out: [UInt8] = []
        var si = 0
        func isNewline(_ c: UInt8) -> Bool { c == 0x0a || c == 0x0d }
        func corrupt(_ offset: Int) -> Result<[UInt8], GoCorruptInput> {
            .failure(GoCorruptInput(encoding: "base64", offset: offset))
        }
        while si < src.count {
            // One quantum: up to four symbols, newlines not counted.
            var quantum = [UInt8](repeating: 0, count: 4)
            var length = 4
            var trailingError: Int?
            var j = 0
            var ended = false
            while j < 4 {
                if si == src.count {
                    if j == 0 { return .success(out) }
                    return corrupt(si - j)
                }
                let c = src[si]
                si += 1
                let v = decodeTable[Int(c)]
                if v != 0xff {
                    quantum[j] = v
                    j += 1
                    continue
                }
                if isNewline(c) { continue }
                if c != padding { return corrupt(si - 1) }
                // Padding: only legal after two or three symbols.
                if j < 2 { return corrupt(si - 1) }
                if j == 2 {
                    while si < src.count && isNewline(src[si]) { si += 1 }
                    if si == src.count { return corrupt(src.count) }
                    if src[si] != padding { return corrupt(si - 1) }
                    si += 1
                }
                while si < src.count && isNewline(src[si]) { si += 1 }
                if si < src.count { trailingError = si }
                length = j
                ended = true
                break
            }
            let v = UInt32(quantum[0]) << 18 | UInt32(quantum[1]) << 12 | UInt32(quantum[2]) << 6 | UInt32(quantum[3])
            let bytes = [UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)]
            out.append(contentsOf: bytes[0..<(length - 1)])
            if let offset = trailingError { return corrupt(offset) }
            if ended { break }
        }
        return .success(out)
    }
}
