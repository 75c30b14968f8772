/// Go's `base32.StdEncoding` (RFC 4648, padded), with Go's error offsets.
enum GoBase32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    static let padding = UInt8(ascii: "=")

    static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: 0xff, count: 256)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = UInt8(i) }
        return table
    }()

    /// `EncodeToString`.
    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let chunk = Array(bytes[i..<min(i + 5, bytes.count)])
            var block = [UInt8](repeating: 0, count: 5)
            for (k, b) in chunk.enumerated() { block[k] = b }
            var v: UInt64 = 0
            for b in block { v = v << 8 | UInt64(b) }
            // Symbols that carry at least one bit of real input.
            let used = [0, 2, 4, 5, 7, 8][chunk.count]
            for k in 0..<8 {
                out.append(k < used ? alphabet[Int(v >> UInt64(35 - 5 * k) & 0x1f)] : padding)
            }
            i += 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `DecodeString`: newlines are removed first, so offsets count the rest.
    static func decode(_ text: String) -> Result<[UInt8], GoCorruptInput> {
        let all = Array(text.utf8).filter { $0 != 0x0a && $0 != 0x0d }
        let total = all.count
        var src = all[...]
        var out: [UInt8] = []
        func corrupt(_ offset: Int) -> Result<[UInt8], GoCorruptInput> {
            .failure(GoCorruptInput(encoding: "base32", offset: offset))
        }
        var end = false
        while !src.isEmpty && !end {
            var quantum = [UInt8](repeating: 0, count: 8)
            var length = 8
            var j = 0
            while j < 8 {
                if src.isEmpty { return corrupt(total - src.count - j) }
                let c = src.removeFirst()
                if c == padding && j >= 2 && src.count < 8 {
                    if src.count + j < 7 { return corrupt(total) }
                    for k in 0..<(7 - j) where src.count > k && src[src.startIndex + k] != padding {
                        return corrupt(total - src.count + k - 1)
                    }
                    length = j
                    end = true
                    if length == 1 || length == 3 || length == 6 { return corrupt(total - src.count - 1) }
                    break
                }
                let v = decodeTable[Int(c)]
                if v == 0xff { return corrupt(total - src.count - 1) }
                quantum[j] = v
                j += 1
            }
            var v: UInt64 = 0
            for q in quantum { v = v << 5 | UInt64(q) }
            let produced = [0, 0, 1, 0, 2, 3, 0, 4, 5][length]
            for k in 0..<produced { out.append(UInt8(v >> UInt64(32 - 8 * k) & 0xff)) }
        }
        return .success(out)
    }
}
