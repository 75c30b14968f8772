import GoValue
import Testing
@testable import ChartKit

/// `.Files` on binary content: `Get` keeps the bytes (a `GoByteString`), `Lines` keeps each
/// line's bytes, `AsSecrets` encodes the raw bytes and `AsConfig` shows Go's U+FFFD per byte.
@Suite struct ChartFilesByteStringTests {
    static let files = ChartFiles([
        ChartFile(name: "files/bin.dat", data: [0x41, 0x80, 0xFF, 0x0A, 0xE2, 0x82, 0x42]),
        ChartFile(name: "files/text.txt", data: Array("héllo\n".utf8)),
    ])

    private func call(_ method: String, _ args: [GoValue] = []) throws -> GoValue {
        let f = try #require(Self.files.method(method))
        return try f.body(args)
    }

    @Test func getKeepsBinaryBytes() throws {
        let v = try call("Get", [.string("files/bin.dat")])
        #expect(v.goStringBytes == [0x41, 0x80, 0xFF, 0x0A, 0xE2, 0x82, 0x42])
        #expect(v.type == .string)
        #expect(v.stringValue == nil)
    }

    @Test func getOfTextIsAPlainString() throws {
        #expect(try call("Get", [.string("files/text.txt")]).stringValue == "héllo\n")
        #expect(try call("Get", [.string("nope")]).stringValue == "")
    }

    @Test func linesKeepEachLinesBytes() throws {
        let lines = try #require(try call("Lines", [.string("files/bin.dat")]).sliceValue)
        #expect(lines.elementType == .string)
        #expect(lines.elements.map(\.goStringBytes) == [[0x41, 0x80, 0xFF], [0xE2, 0x82, 0x42]])
    }

    @Test func asSecretsEncodesRawBytes() throws {
        let secrets = try call("AsSecrets").stringValue
        #expect(secrets == "bin.dat: QYD/CuKCQg==\ntext.txt: aMOpbGxvCg==")
    }

    @Test func asConfigReplacesEachInvalidByte() throws {
        let config = try call("AsConfig").stringValue
        #expect(config == "bin.dat: |-\n  A\u{FFFD}\u{FFFD}\n  \u{FFFD}\u{FFFD}B\ntext.txt: |\n  héllo")
    }
}
