import Testing
import GoValue
@testable import YAML

/// Seeded random values must survive `toYaml` then decoding, and `toJson` then `fromJson`.
@Suite struct HelmYAMLPropertyTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let fragments = ["a", "b", " ", "  ", "\n", "\t", ":", "#", "-", "'", "\"", "\\", "é", "😀", "yes", "1",
                            "0x", ".", "word ", String(repeating: "x", count: 30), "{", "}", "[", ",", "&", "*", "!",
                            "|", ">", "%", "@", "`", "\u{2028}", "\r", "~", "\u{85}", "\u{FEFF}", "\u{1}", "null", "1e3"]

    /// Line separators that go-yaml itself does not round-trip (it writes U+2028 raw
    /// inside quotes and reads it back as a folded line break; NEL is folded by the
    /// JSON step), so the round-trip property excludes them.
    static let foldedByGoYAML: Set<String> = ["\u{2028}", "\u{85}"]

    static func string(_ r: inout Rng, roundTrippable: Bool = false) -> String {
        var s = ""
        for _ in 0..<r.below(9) {
            let f = fragments[r.below(fragments.count)]
            if roundTrippable && foldedByGoYAML.contains(f) { continue }
            s += f
        }
        return s
    }

    static func number(_ r: inout Rng) -> Double {
        switch r.below(4) {
        case 0: return Double(Int(r.below(2_000_001)) - 1_000_000)
        case 1: return Double(bitPattern: r.next() & 0x7FEF_FFFF_FFFF_FFFF) * (r.below(2) == 0 ? 1 : -1)
        case 2: return Double(r.below(1000)) / 8
        default: return Double(r.next() % 100_000_000_000_000_000)
        }
    }

    static func value(_ r: inout Rng, depth: Int, roundTrippable: Bool = false) -> GoValue {
        switch r.below(depth > 0 ? 8 : 5) {
        case 0: return .nil
        case 1: return .bool(r.below(2) == 0)
        case 2: return .float64(number(&r))
        case 3, 4: return .string(string(&r, roundTrippable: roundTrippable))
        case 5:
            return .list((0..<r.below(4)).map { _ in value(&r, depth: depth - 1, roundTrippable: roundTrippable) })
        default:
            var m: [String: GoValue] = [:]
            for _ in 0..<r.below(5) {
                m[string(&r, roundTrippable: roundTrippable)] = value(&r, depth: depth - 1, roundTrippable: roundTrippable)
            }
            return .dict(m)
        }
    }

    @Test(arguments: 0..<200)
    func yamlRoundTrip(_ seed: Int) throws {
        var r = Rng(state: UInt64(seed) &* 7919)
        var m: [String: GoValue] = [:]
        for _ in 0..<(1 + r.below(6)) {
            m[Self.string(&r, roundTrippable: true)] = Self.value(&r, depth: 3, roundTrippable: true)
        }
        let v = GoValue.dict(m)
        let text = try HelmYAML.marshal(v)
        let back = try HelmYAML.decode(text)
        #expect(sameValue(v, back), "\(text.debugDescription)")
    }

    @Test(arguments: 0..<100)
    func jsonRoundTrip(_ seed: Int) throws {
        var r = Rng(state: UInt64(seed) &* 104_729)
        let v = Self.value(&r, depth: 4)
        let text = try HelmYAML.marshalJSON(v, escapeHTML: r.below(2) == 0)
        #expect(sameValue(v, try HelmYAML.decodeJSON(text)), "\(text)")
        let pretty = try HelmYAML.marshalPrettyJSON(v)
        #expect(sameValue(v, try HelmYAML.decodeJSON(pretty)))
    }
}
