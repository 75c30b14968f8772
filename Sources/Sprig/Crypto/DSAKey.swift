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
        DERBuilder.sequence(DERBuilder.integer(0), DERBuilder.integer(unsigned: p), DERBuilder.integer(unsigned: q), DERBuilder.integer(unsigned: g),
                     DERBuilder.integer(unsigned: y), DERBuilder.integer(unsigned: x))
    }
}
