/// A Go string whose bytes are not valid UTF-8 (a binary file from `.Files.Get`, `b64dec` of
/// binary data), which `GoValue.string` cannot hold without turning bytes into U+FFFD.
///
/// It reports Go type `string`, so `typeOf`, `kindOf` and argument checks see a string; the
/// functions that read Go strings as bytes (`b64enc`, `sha256sum`, `len`, `printf`) read
/// `bytes`, and every other reader gets `text`, the same string with Go's replacement rule.
/// Values are only ever made through `GoValue.string(bytes:)`, so valid UTF-8 stays `.string`.
public final class GoByteString: GoObject, @unchecked Sendable {
    /// The exact bytes of the Go string.
    public let bytes: [UInt8]
    /// The text as Go's `[]rune` or `strings` functions see it: each invalid byte is one U+FFFD.
    public let text: String

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.text = GoByteString.replacingInvalid(bytes)
    }

    public var goType: GoType { .string }

    public func field(_ name: String) -> GoValue? { nil }

    public func formatted(plus: Bool) -> String { text }

    /// A non-empty string is true; an invalid one is never empty.
    public var isTruthy: Bool { !bytes.isEmpty }

    /// Go's rule for bytes that are not UTF-8 (`utf8.DecodeRune` width 1): every invalid byte
    /// becomes its own U+FFFD, where Swift's decoder folds a truncated sequence into one.
    public static func replacingInvalid(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 {
                out.append(bytes[i])
                i += 1
                continue
            }
            let (rune, width) = Strconv.decodeRune(bytes, at: i)
            if rune == 0xFFFD && width == 1 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                out.append(contentsOf: bytes[i..<(i + width)])
            }
            i += width
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension GoByteString: GoJSONEncodable {
    /// `encoding/json` writes each invalid byte as U+FFFD, which is what `text` holds (Go escapes
    /// it as `\ufffd` where our writer emits the character itself).
    public func goJSONValue() -> GoValue { .string(text) }
}
