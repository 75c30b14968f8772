/// One run of Go's printer (`fmt.pp` plus `fmt.fmt`): a byte buffer and the
/// flags, width and precision of the directive being printed.
///
/// Bytes rather than a String, because Go strings and `[]byte` may hold any
/// bytes and padding counts runes, not Swift characters.
struct GoPrinter {
    var buffer: [UInt8] = []
    var flags = FmtFlags()
    var width = 0
    var precision = 0
    /// Set while printing a bad-verb report, so objects print plainly inside it.
    var erroring = false

    mutating func clearFlags() {
        flags = FmtFlags()
        width = 0
        precision = 0
    }

    mutating func write(_ s: String) { buffer.append(contentsOf: s.utf8) }

    mutating func writeByte(_ b: UInt8) { buffer.append(b) }

    mutating func writeRune(_ rune: UInt32) {
        let valid = rune <= 0x10FFFF && !(0xD800...0xDFFF).contains(rune)
        Strconv.appendUTF8(&buffer, valid ? rune : 0xFFFD)
    }

    /// Padding bytes: zeros only when asked for and padding on the left.
    mutating func writePadding(_ count: Int) {
        guard count > 0 else { return }
        let byte = flags.zero && !flags.minus ? UInt8(ascii: "0") : UInt8(ascii: " ")
        buffer.append(contentsOf: repeatElement(byte, count: count))
    }

    /// Appends `bytes` padded to the width with spaces (or zeros) on the left, or on the right for `-`.
    mutating func pad(_ bytes: [UInt8]) {
        guard flags.widthPresent && width != 0 else {
            buffer.append(contentsOf: bytes)
            return
        }
        let fill = width - GoPrinter.runeCount(bytes)
        if flags.minus {
            buffer.append(contentsOf: bytes)
            writePadding(fill)
        } else {
            writePadding(fill)
            buffer.append(contentsOf: bytes)
        }
    }

    mutating func padString(_ s: String) { pad(Array(s.utf8)) }

    /// Go's `utf8.RuneCount`: each invalid byte counts as one rune.
    static func runeCount(_ bytes: [UInt8]) -> Int {
        var count = 0, i = 0
        while i < bytes.count {
            i += bytes[i] < 0x80 ? 1 : Strconv.decodeRune(bytes, at: i).width
            count += 1
        }
        return count
    }

    /// The first `precision` runes, when a precision is given (`%.2s`).
    func truncated(_ bytes: [UInt8]) -> [UInt8] {
        guard flags.precisionPresent else { return bytes }
        var remaining = precision, i = 0
        while i < bytes.count {
            if remaining == 0 { return Array(bytes[0..<i]) }
            remaining -= 1
            i += bytes[i] < 0x80 ? 1 : Strconv.decodeRune(bytes, at: i).width
        }
        return bytes
    }
}
