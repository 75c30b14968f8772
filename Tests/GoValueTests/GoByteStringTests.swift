import Testing
@testable import GoValue

/// Go strings that are not UTF-8: kept as bytes, read as text with Go's one-U+FFFD-per-byte rule.
@Suite struct GoByteStringTests {
    static let binary: [UInt8] = [0x41, 0x80, 0xFF, 0x42, 0xE2, 0x82, 0x43]

    @Test func validUTF8StaysAPlainString() {
        guard case .string(let s) = GoValue.string(bytes: Array("héllo".utf8)) else {
            Issue.record("expected .string")
            return
        }
        #expect(s == "héllo")
    }

    @Test func invalidBytesAreKeptWithTypeString() throws {
        let v = GoValue.string(bytes: Self.binary)
        let o = try #require(v.goStringObject)
        #expect(o.bytes == Self.binary)
        #expect(v.type == .string)
        #expect(v.kind == .string)
        #expect(v.isTruthy)
        #expect(v.goStringBytes == Self.binary)
        #expect(v.stringValue == nil)
    }

    /// Go's `utf8.DecodeRune` consumes one byte per error, so a truncated three-byte
    /// sequence is two U+FFFD (Swift's own decoder would make it one).
    @Test(arguments: [
        ([0x41, 0xE2, 0x82, 0x43], "A\u{FFFD}\u{FFFD}C"),
        ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ([0xC0, 0xAF], "\u{FFFD}\u{FFFD}"),
        ([0xF0, 0x9F, 0x98, 0x80, 0xFF], "😀\u{FFFD}"),
        ([0xEF, 0xBF, 0xBD, 0x80], "\u{FFFD}\u{FFFD}"),
    ] as [([UInt8], String)])
    func textReplacesEachInvalidByte(bytes: [UInt8], text: String) {
        #expect(GoByteString.replacingInvalid(bytes) == text)
        #expect(GoValue.string(bytes: bytes).goStringText == text)
    }

    @Test func printingKeepsTheBytes() {
        let v = GoValue.string(bytes: Self.binary)
        #expect(GoFmt.sprintfValue("%s|%v", [v, v]).goStringBytes == Self.binary + [0x7C] + Self.binary)
        #expect(GoFmt.sprintValue([v, .int(1)]).goStringBytes == Self.binary + Array("1".utf8))
        #expect(GoFmt.sprintlnValue([v]).goStringBytes == Self.binary + [0x0A])
        #expect(GoFmt.sprintf("%q", [v]) == #""A\x80\xffB\xe2\x82C""#)
        #expect(GoFmt.sprintf("%x %X %T", [v, v, v]) == "4180ff42e28243 4180FF42E28243 string")
        #expect(GoFmt.sprintfValue("%d", [v]).goStringBytes == Array("%!d(string=".utf8) + Self.binary + [0x29])
        #expect(GoFmt.sprintfValue("%.2s|%-5.1q|", [v, v]).goStringBytes == [0x41, 0x80] + Array("|\"A\"  |".utf8))
    }

    @Test func validOutputIsAPlainString() {
        #expect(GoFmt.sprintfValue("%s-%d", [.string("a"), .int(1)]).stringValue == "a-1")
    }

    @Test func readersOfEitherForm() {
        #expect(GoValue.string(bytes: Self.binary).goStringText == "A\u{FFFD}\u{FFFD}B\u{FFFD}\u{FFFD}C")
        #expect(GoValue.string("hé").goStringBytes == [0x68, 0xC3, 0xA9])
        #expect(GoValue.int(3).goStringBytes == nil)
        #expect(GoValue.int(3).goStringText == nil)
        #expect(GoType.byteString.description == "string")
        #expect(GoType.byteString.kind == .string)
    }

    @Test func jsonSeesTheText() throws {
        let o = try #require(GoValue.string(bytes: Self.binary).goStringObject)
        #expect(o.goJSONValue().stringValue == "A\u{FFFD}\u{FFFD}B\u{FFFD}\u{FFFD}C")
    }
}

extension GoValue {
    fileprivate var goStringObject: GoByteString? {
        if case .object(let o as GoByteString) = self { return o }
        return nil
    }
}
