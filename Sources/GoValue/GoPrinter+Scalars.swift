/// Printing of Go's scalar kinds: booleans, integers, floats, strings and byte strings.
extension GoPrinter {
    /// The code point of a verb letter, for matching decoded verbs.
    static func ascii(_ c: Unicode.Scalar) -> UInt32 { c.value }

    mutating func printBool(_ value: Bool, verb: UInt32, original: GoValue) {
        switch verb {
        case GoPrinter.ascii("t"), GoPrinter.ascii("v"): padString(value ? "true" : "false")
        default: badVerb(verb, original)
        }
    }

    mutating func printInteger(_ value: UInt64, signed: Bool, verb: UInt32, original: GoValue) {
        switch verb {
        case GoPrinter.ascii("v"):
            if flags.sharpV && !signed {
                printHexWithPrefix(value)
            } else {
                formatInteger(value, base: 10, signed: signed, verb: verb, digits: Strconv.lowerDigits)
            }
        case GoPrinter.ascii("d"): formatInteger(value, base: 10, signed: signed, verb: verb, digits: Strconv.lowerDigits)
        case GoPrinter.ascii("b"): formatInteger(value, base: 2, signed: signed, verb: verb, digits: Strconv.lowerDigits)
        case GoPrinter.ascii("o"), GoPrinter.ascii("O"):
            formatInteger(value, base: 8, signed: signed, verb: verb, digits: Strconv.lowerDigits)
        case GoPrinter.ascii("x"): formatInteger(value, base: 16, signed: signed, verb: verb, digits: Strconv.lowerDigits)
        case GoPrinter.ascii("X"): formatInteger(value, base: 16, signed: signed, verb: verb, digits: Strconv.upperDigits)
        case GoPrinter.ascii("c"): pad(GoPrinter.runeBytes(GoPrinter.validRune(value)))
        case GoPrinter.ascii("q"):
            var out: [UInt8] = []
            Strconv.appendQuotedRune(&out, Int64(GoPrinter.validRune(value)), asciiOnly: flags.plus)
            pad(out)
        case GoPrinter.ascii("U"): formatUnicode(value)
        default: badVerb(verb, original)
        }
    }

    /// `rune(c)` as `%c` and `%q` see it: U+FFFD for anything that is not a valid code point.
    static func validRune(_ value: UInt64) -> UInt32 {
        if value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return 0xFFFD }
        return UInt32(value)
    }

    static func runeBytes(_ rune: UInt32) -> [UInt8] {
        var out: [UInt8] = []
        Strconv.appendUTF8(&out, rune)
        return out
    }

    /// `%#v` of an unsigned integer: `0x` and lower-case hex.
    mutating func printHexWithPrefix(_ value: UInt64) {
        let saved = flags.sharp
        flags.sharp = true
        formatInteger(value, base: 16, signed: false, verb: GoPrinter.ascii("v"), digits: Strconv.lowerDigits)
        flags.sharp = saved
    }

    /// Go's `fmt.fmtInteger`: precision or zero flag give leading zeros, then prefix, sign and padding.
    mutating func formatInteger(_ raw: UInt64, base: UInt64, signed: Bool, verb: UInt32, digits: [UInt8]) {
        let negative = signed && Int64(bitPattern: raw) < 0
        let magnitude = negative ? 0 &- raw : raw
        var minimumDigits = 0
        if flags.precisionPresent {
            minimumDigits = precision
            if precision == 0 && magnitude == 0 {
                let savedZero = flags.zero
                flags.zero = false
                writePadding(width)
                flags.zero = savedZero
                return
            }
        } else if flags.zero && !flags.minus && flags.widthPresent {
            minimumDigits = width
            if negative || flags.plus || flags.space { minimumDigits -= 1 }
        }
        var text = Strconv.appendUint([], magnitude, base: base, digits: digits)
        if text.count < minimumDigits {
            text.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: minimumDigits - text.count), at: 0)
        }
        if flags.sharp {
            switch base {
            case 2: text.insert(contentsOf: Array("0b".utf8), at: 0)
            case 8: if text.first != UInt8(ascii: "0") { text.insert(UInt8(ascii: "0"), at: 0) }
            case 16: text.insert(contentsOf: [UInt8(ascii: "0"), digits[33]], at: 0)
            default: break
            }
        }
        if verb == GoPrinter.ascii("O") { text.insert(contentsOf: Array("0o".utf8), at: 0) }
        if negative {
            text.insert(UInt8(ascii: "-"), at: 0)
        } else if flags.plus {
            text.insert(UInt8(ascii: "+"), at: 0)
        } else if flags.space {
            text.insert(UInt8(ascii: " "), at: 0)
        }
        let savedZero = flags.zero
        flags.zero = false
        pad(text)
        flags.zero = savedZero
    }

    /// `%U`: `U+0078`, and with `#` the character itself when printable: `U+0078 'x'`.
    mutating func formatUnicode(_ value: UInt64) {
        var minimumDigits = 4
        if flags.precisionPresent && precision > 4 { minimumDigits = precision }
        var hex = Strconv.appendUint([], value, base: 16, digits: Strconv.upperDigits)
        if hex.count < minimumDigits {
            hex.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: minimumDigits - hex.count), at: 0)
        }
        var text = Array("U+".utf8) + hex
        if flags.sharp && value <= 0x10FFFF && Strconv.isPrint(UInt32(value)) {
            text.append(contentsOf: Array(" '".utf8))
            Strconv.appendUTF8(&text, UInt32(value))
            text.append(UInt8(ascii: "'"))
        }
        let savedZero = flags.zero
        flags.zero = false
        pad(text)
        flags.zero = savedZero
    }

    mutating func printFloat(_ value: Double, bitSize: Int, verb: UInt32, original: GoValue) {
        switch verb {
        case GoPrinter.ascii("v"): formatFloat(value, bitSize: bitSize, verb: UInt8(ascii: "g"), defaultPrecision: -1)
        case GoPrinter.ascii("b"), GoPrinter.ascii("g"), GoPrinter.ascii("G"), GoPrinter.ascii("x"), GoPrinter.ascii("X"):
            formatFloat(value, bitSize: bitSize, verb: UInt8(verb), defaultPrecision: -1)
        case GoPrinter.ascii("f"), GoPrinter.ascii("e"), GoPrinter.ascii("E"):
            formatFloat(value, bitSize: bitSize, verb: UInt8(verb), defaultPrecision: 6)
        case GoPrinter.ascii("F"):
            formatFloat(value, bitSize: bitSize, verb: UInt8(ascii: "f"), defaultPrecision: 6)
        default: badVerb(verb, original)
        }
    }

    /// Go's `fmt.fmtFloat`: sign handling, `#` (keep the point and trailing zeros), and padding.
    mutating func formatFloat(_ value: Double, bitSize: Int, verb: UInt8, defaultPrecision: Int) {
        let prec = flags.precisionPresent ? precision : defaultPrecision
        var num: [UInt8] = [UInt8(ascii: "+")]
        Strconv.appendFloat(&num, value, format: verb, precision: prec, bitSize: bitSize)
        if num[1] == UInt8(ascii: "-") || num[1] == UInt8(ascii: "+") {
            num.removeFirst()
        }
        if flags.space && num[0] == UInt8(ascii: "+") && !flags.plus {
            num[0] = UInt8(ascii: " ")
        }
        if num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N") {
            // Infinities and NaN are never zero padded; NaN shows a sign only when asked.
            let savedZero = flags.zero
            flags.zero = false
            if num[1] == UInt8(ascii: "N") && !flags.space && !flags.plus { num.removeFirst() }
            pad(num)
            flags.zero = savedZero
            return
        }
        if flags.sharp && verb != UInt8(ascii: "b") {
            num = GoPrinter.keepingPoint(num, verb: verb, precision: prec)
        }
        if flags.plus || num[0] != UInt8(ascii: "+") {
            if flags.zero && !flags.minus && flags.widthPresent && width > num.count {
                buffer.append(num[0])
                writePadding(width - num.count)
                buffer.append(contentsOf: num[1...])
                return
            }
            pad(num)
            return
        }
        pad(Array(num[1...]))
    }

    /// The `#` flag on floats: always a decimal point, and for `%g` the trailing zeros up to the precision.
    static func keepingPoint(_ number: [UInt8], verb: UInt8, precision: Int) -> [UInt8] {
        var num = number
        var wanted = 0
        if verb == UInt8(ascii: "v") || verb == UInt8(ascii: "g") || verb == UInt8(ascii: "G") || verb == UInt8(ascii: "x") {
            wanted = precision == -1 ? 6 : precision
        }
        var tail: [UInt8] = []
        var hasPoint = false, sawNonZero = false
        var i = 1
        while i < num.count {
            let c = num[i]
            if c == UInt8(ascii: ".") {
                hasPoint = true
            } else if c == UInt8(ascii: "p") || c == UInt8(ascii: "P") {
                tail = Array(num[i...])
                num.removeSubrange(i...)
                break
            } else if (c == UInt8(ascii: "e") || c == UInt8(ascii: "E")) && verb != UInt8(ascii: "x") && verb != UInt8(ascii: "X") {
                tail = Array(num[i...])
                num.removeSubrange(i...)
                break
            } else {
                if c != UInt8(ascii: "0") { sawNonZero = true }
                if sawNonZero { wanted -= 1 }
            }
            i += 1
        }
        if !hasPoint {
            if num.count == 2 && num[1] == UInt8(ascii: "0") { wanted -= 1 }
            num.append(UInt8(ascii: "."))
        }
        if wanted > 0 { num.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: wanted)) }
        return num + tail
    }

    mutating func printString(_ bytes: [UInt8], verb: UInt32, original: GoValue) {
        switch verb {
        case GoPrinter.ascii("v"):
            if flags.sharpV { formatQuoted(bytes) } else { pad(truncated(bytes)) }
        case GoPrinter.ascii("s"): pad(truncated(bytes))
        case GoPrinter.ascii("x"): formatHexBytes(bytes, digits: Strconv.lowerDigits)
        case GoPrinter.ascii("X"): formatHexBytes(bytes, digits: Strconv.upperDigits)
        case GoPrinter.ascii("q"): formatQuoted(bytes)
        default: badVerb(verb, original)
        }
    }

    /// `%q`: a Go string literal, `` `raw` `` with `#` when possible, ASCII-only with `+`.
    mutating func formatQuoted(_ bytes: [UInt8]) {
        let text = truncated(bytes)
        if flags.sharp && Strconv.canBackquote(bytes: text) {
            pad([UInt8(ascii: "`")] + text + [UInt8(ascii: "`")])
            return
        }
        var out: [UInt8] = []
        Strconv.appendQuoted(&out, text, quote: UInt8(ascii: "\""), asciiOnly: flags.plus)
        pad(out)
    }

    /// `%x` of a string or byte slice: two hex digits a byte; space separates and `#` adds `0x`.
    mutating func formatHexBytes(_ bytes: [UInt8], digits: [UInt8]) {
        var length = bytes.count
        if flags.precisionPresent && precision < length { length = precision }
        var encodedWidth = 2 * length
        guard encodedWidth > 0 else {
            if flags.widthPresent { writePadding(width) }
            return
        }
        if flags.space {
            if flags.sharp { encodedWidth *= 2 }
            encodedWidth += length - 1
        } else if flags.sharp {
            encodedWidth += 2
        }
        if flags.widthPresent && width > encodedWidth && !flags.minus {
            writePadding(width - encodedWidth)
        }
        if flags.sharp { buffer.append(contentsOf: [UInt8(ascii: "0"), digits[33]]) }
        for i in 0..<length {
            if flags.space && i > 0 {
                buffer.append(UInt8(ascii: " "))
                if flags.sharp { buffer.append(contentsOf: [UInt8(ascii: "0"), digits[33]]) }
            }
            buffer.append(digits[Int(bytes[i] >> 4)])
            buffer.append(digits[Int(bytes[i] & 0xF)])
        }
        if flags.widthPresent && width > encodedWidth && flags.minus {
            writePadding(width - encodedWidth)
        }
    }
}
