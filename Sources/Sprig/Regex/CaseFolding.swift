/// Go's simple case folding orbits (`unicode.SimpleFold`), built from Swift's single-scalar
/// case mappings plus the orbits those mappings cannot reach (Kelvin sign, long s, ...).
enum CaseFolding {
    private static let extraOrbits: [[UInt32]] = [
        [0x4B, 0x6B, 0x212A], [0x53, 0x73, 0x17F], [0xB5, 0x39C, 0x3BC], [0xC5, 0xE5, 0x212B],
        [0xDF, 0x1E9E], [0x345, 0x399, 0x3B9, 0x1FBE], [0x392, 0x3B2, 0x3D0], [0x395, 0x3B5, 0x3F5],
        [0x398, 0x3B8, 0x3D1, 0x3F4], [0x39A, 0x3BA, 0x3F0], [0x3A0, 0x3C0, 0x3D6], [0x3A1, 0x3C1, 0x3F1],
        [0x3A3, 0x3C2, 0x3C3], [0x3A6, 0x3C6, 0x3D5], [0x3A9, 0x3C9, 0x2126], [0x1E60, 0x1E61, 0x1E9B],
    ]

    private static let extraIndex: [UInt32: Int] = {
        var index: [UInt32: Int] = [:]
        for (i, orbit) in extraOrbits.enumerated() { for c in orbit { index[c] = i } }
        return index
    }()

    /// Every code point that folds together with `c`, including `c`.
    static func orbit(of c: UInt32) -> [UInt32] {
        if c < 0x80 {
            switch c {
            case 0x41...0x5A: return orbitASCII(c, c + 0x20)
            case 0x61...0x7A: return orbitASCII(c - 0x20, c)
            default: return [c]
            }
        }
        var result: [UInt32] = [c]
        var i = 0
        while i < result.count {
            let x = result[i]
            i += 1
            if let k = extraIndex[x] {
                for y in extraOrbits[k] where !result.contains(y) { result.append(y) }
            }
            guard let s = Unicode.Scalar(x) else { continue }
            for mapped in [s.properties.lowercaseMapping, s.properties.uppercaseMapping, s.properties.titlecaseMapping] {
                let scalars = mapped.unicodeScalars
                guard scalars.count == 1, let y = scalars.first?.value, !result.contains(y) else { continue }
                result.append(y)
            }
        }
        return result
    }

    private static func orbitASCII(_ upper: UInt32, _ lower: UInt32) -> [UInt32] {
        switch lower {
        case 0x6B: return [upper, lower, 0x212A]
        case 0x73: return [upper, lower, 0x17F]
        default: return [upper, lower]
        }
    }
}
