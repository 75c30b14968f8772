import GoTemplate
import GoValue
import Testing
@testable import Sprig

/// Sprig's encoding, hash and string functions on a Go string that is not UTF-8: the
/// results Helm v4 gives for the same bytes (see testdata/charts/bytestr for the chart-level check).
@Suite struct SprigByteStringTests {
    /// 00 01 7F 80 FF FE C3 28 E2 82 41: NUL, DEL, bare continuation bytes, truncated sequences.
    static let binary: [UInt8] = [0x00, 0x01, 0x7F, 0x80, 0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, 0x41]

    private func render(_ expr: String) throws -> String {
        let env = SprigEnvironment(now: { DatesTests.pinnedNow }, randomBytes: { Array(repeating: 0, count: $0) })
        let set = TemplateSet(functions: SprigLibrary.functions(environment: env), missingKey: .zero)
        try set.parse(name: "t", text: "{{ " + expr + " }}")
        return try set.execute(name: "t", data: .dict(["b": .string(bytes: Self.binary)]))
    }

    @Test(arguments: [
        (".b | b64enc", "AAF/gP/+wyjigkE="),
        (".b | b32enc", "AAAX7AH773BSRYUCIE======"),
        (".b | b64enc | b64dec | b64enc", "AAF/gP/+wyjigkE="),
        (".b | b32enc | b32dec | b64enc", "AAF/gP/+wyjigkE="),
        ("\"gIH/\" | b64dec | len", "3"),
        (".b | toString | b64enc", "AAF/gP/+wyjigkE="),
        ("list 65 128 | toString", "[65 128]"),
        (".b | trunc 4 | b64enc", "AAF/gA=="),
        (".b | trunc -2 | b64enc", "gkE="),
        (".b | trunc 99 | len", "11"),
        (".b | substr 3 6 | b64enc", "gP/+"),
        (".b | substr -1 2 | b64enc", "AAE="),
        ("\"héllo\" | substr 0 2 | b64enc", "aMM="),
        ("\"héllo\" | trunc 2 | printf \"%q\"", #""h\xc3""#),
        (".b | quote", #""\x00\x01\x7f\x80\xff\xfe\xc3(\xe2\x82A""#),
        ("quote .b 1 nil", #""\x00\x01\x7f\x80\xff\xfe\xc3(\xe2\x82A" "1""#),
        (".b | squote | b64enc", "JwABf4D//sMo4oJBJw=="),
        ("cat .b \"x\" | b64enc", "AAF/gP/+wyjigkEgeA=="),
        ("list .b \"x\" | join \"-\" | b64enc", "AAF/gP/+wyjigkEteA=="),
        ("list .b | join \"\" | b64enc", "AAF/gP/+wyjigkE="),
        ("list .b | toStrings | first | b64enc", "AAF/gP/+wyjigkE="),
        ("list .b nil 1 | toStrings | len", "2"),
        ("list \"a\" nil 1 | join \"-\"", "a-1"),
        ("quote \"a\" 2", #""a" "2""#),
        ("squote \"a\" 2", "'a' '2'"),
        ("cat \"a\" nil 2", "a 2"),
        (".b | upper | quote", "\"\\x00\\x01\\x7f\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}(\u{FFFD}\u{FFFD}A\""),
    ])
    func keepsTheBytes(expr: String, expected: String) throws {
        #expect(try render(expr) == expected)
    }

    /// Digests of the same eleven bytes, as Helm v4 printed them for a chart file holding them.
    @Test(arguments: [
        (".b | len", "11"),
        (".b | adler32sum", "500368782"),
        (".b | sha1sum", "c33e38e233133255714ddfe9820d4b249371ba94"),
        (".b | sha256sum", "0276df3eac49dca568c0160ee0af1c98ac66d14a8dbf7b7936b159ab709b1f75"),
        (".b | sha512sum", "a6c34211eac803a69cbea2f0ee5e681e14a3d7572264f46d7ba5ff8e3b43764fa4155b9901cafc16e25b9009a62981373d6b385b1c01bb4c41f74296e0f5a68c"),
    ])
    func hashesReadTheBytes(expr: String, expected: String) throws {
        #expect(try render(expr) == expected)
    }
}
