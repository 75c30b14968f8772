/// Reads definite-length DER elements one after another.
struct DERReader {
    var bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The content of the next element if it has the given tag.
    mutating func read(tag: UInt8) -> [UInt8]? {
        guard index + 2 <= bytes.count, bytes[index] == tag else { return nil }
        var length = Int(bytes[index + 1])
        var start = index + 2
        if length & 0x80 != 0 {
            let n = length & 0x7f
            guard n > 0, n <= 4, start + n <= bytes.count else { return nil }
            length = bytes[start..<(start + n)].reduce(0) { $0 << 8 | Int($1) }
            start += n
        }
        guard start + length <= bytes.count else { return nil }
        index = start + length
        return Array(bytes[start..<index])
    }
}
