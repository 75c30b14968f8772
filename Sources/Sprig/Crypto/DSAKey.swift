/// A DSA private key as Sprig stores it: `SEQUENCE { version, P, Q, G, Y, X }`.
/// The numbers are kept as big-endian magnitudes; nothing here does DSA arithmetic.
struct DSAKey {
    var p: [UInt8], q: [UInt8], g: [UInt8], y: [UInt8], x: [UInt8]

    init(p: [UInt8], q: [UInt8], g: [UInt8], y: [UInt8], x: [UInt8]) {
        (self.p, self.q, self.g, self.y, self.x) = (p, q, g, y, x)
    }

    /// Reads the sequence back; nil when it is not six integers.
    init?(der: [UInt8]) {
        var reader = DERReader(der)
        guard let body = reader.read(tag: 0x30) else { return nil }
        var inner = DERReader(body)
        var ints: [[UInt8]] = []
        while let value = inner.read(tag: 0x02) { ints.append(Array(value.drop { $0 == 0 })) }
        guard ints.count == 6 else { return nil }
        self.init(p: ints[1], q: ints[2], g: ints[3], y: ints[4], x: ints[5])
    }

    var der: [UInt8] {
        DER.sequence(DER.integer(0), DER.integer(unsigned: p), DER.integer(unsigned: q), DER.integer(unsigned: g),
                     DER.integer(unsigned: y), DER.integer(unsigned: x))
    }
}

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
