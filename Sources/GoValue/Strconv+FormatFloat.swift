extension Strconv {
    /// `strconv.FormatFloat(value, format, precision, bitSize)`.
    ///
    /// `format` is one of `b e E f g G x X`; a negative precision asks for the
    /// fewest digits that read back as the same float (Go's shortest form, which
    /// is what `%v` prints: `1e+06`, `0.25`, `1.2e-05`). With `bitSize` 32 the
    /// value is first rounded to a float32 and formatted as one.
    public static func formatFloat(_ value: Double, format: Character, precision: Int, bitSize: Int) -> String {
        var out: [UInt8] = []
        let verb = format.asciiValue ?? UInt8(ascii: "g")
        appendFloat(&out, value, format: verb, precision: precision, bitSize: bitSize)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendFloat(_ out: inout [UInt8], _ value: Double, format: UInt8, precision: Int, bitSize: Int) {
        let parts = FloatParts(value, bitSize: bitSize)
        if parts.isNaN {
            out.append(contentsOf: Array("NaN".utf8))
            return
        }
        if parts.isInfinite {
            out.append(contentsOf: Array((parts.negative ? "-Inf" : "+Inf").utf8))
            return
        }
        switch format {
        case UInt8(ascii: "b"):
            appendBinaryExponent(&out, parts)
            return
        case UInt8(ascii: "x"), UInt8(ascii: "X"):
            appendHex(&out, parts, precision: precision, upper: format == UInt8(ascii: "X"))
            return
        case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "G"):
            break
        default:
            // Go writes `%` and the format byte for a format it does not know.
            out.append(UInt8(ascii: "%"))
            out.append(format)
            return
        }

        var digits: DecimalDigits
        var prec = precision
        let shortest = precision < 0
        if shortest {
            digits = parts.shortestDigits()
            switch format {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): prec = max(digits.digits.count - 1, 0)
            case UInt8(ascii: "f"): prec = max(digits.digits.count - digits.point, 0)
            default: prec = digits.digits.count
            }
        } else {
            var exact: DecimalDigits { DecimalDigits(mantissa: parts.mantissa, exponent: parts.exponent) }
            switch format {
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                digits = exact.rounded(to: prec + 1)
            case UInt8(ascii: "f"):
                digits = DecimalDigits.roundedToFraction(mantissa: parts.mantissa, exponent: parts.exponent, fraction: prec)
                    ?? { let full = exact; return full.rounded(to: full.point + prec) }()
            default:
                if prec == 0 { prec = 1 }
                digits = exact.rounded(to: prec)
            }
        }
        appendDigits(&out, negative: parts.negative, digits, precision: prec, format: format, shortest: shortest)
    }

    /// Lays out decimal digits as Go's `%e`, `%f` or `%g`.
    private static func appendDigits(_ out: inout [UInt8], negative: Bool, _ d: DecimalDigits,
                                     precision: Int, format: UInt8, shortest: Bool) {
        switch format {
        case UInt8(ascii: "e"), UInt8(ascii: "E"):
            appendExponentForm(&out, negative: negative, d, precision: precision, letter: format)
        case UInt8(ascii: "f"):
            appendFixedForm(&out, negative: negative, d, precision: precision)
        default:
            var prec = precision
            var exponentLimit = prec
            let count = d.digits.count
            if exponentLimit > count && count >= d.point { exponentLimit = count }
            // The shortest form (%v) switches to an exponent from 1e+06 up, whatever the digit count.
            if shortest { exponentLimit = 6 }
            let exponent = d.point - 1
            if exponent < -4 || exponent >= exponentLimit {
                if prec > count { prec = count }
                let letter = format == UInt8(ascii: "G") ? UInt8(ascii: "E") : UInt8(ascii: "e")
                appendExponentForm(&out, negative: negative, d, precision: prec - 1, letter: letter)
                return
            }
            if prec > d.point { prec = count }
            appendFixedForm(&out, negative: negative, d, precision: max(prec - d.point, 0))
        }
    }

    private static func appendExponentForm(_ out: inout [UInt8], negative: Bool, _ d: DecimalDigits,
                                           precision: Int, letter: UInt8) {
        if negative { out.append(UInt8(ascii: "-")) }
        let zero = UInt8(ascii: "0")
        out.append(d.isZero ? zero : zero + d.digits[0])
        if precision > 0 {
            out.append(UInt8(ascii: "."))
            var i = 1
            let available = min(d.digits.count, precision + 1)
            while i < available {
                out.append(zero + d.digits[i])
                i += 1
            }
            while i <= precision {
                out.append(zero)
                i += 1
            }
        }
        out.append(letter)
        var exponent = d.isZero ? 0 : d.point - 1
        if exponent < 0 {
            out.append(UInt8(ascii: "-"))
            exponent = -exponent
        } else {
            out.append(UInt8(ascii: "+"))
        }
        if exponent < 10 {
            out.append(zero)
            out.append(zero + UInt8(exponent))
        } else {
            out = appendUint(out, UInt64(exponent), base: 10, digits: lowerDigits)
        }
    }

    static func appendFixedForm(_ out: inout [UInt8], negative: Bool, _ d: DecimalDigits, precision: Int) {
        if negative { out.append(UInt8(ascii: "-")) }
        let zero = UInt8(ascii: "0")
        if d.point > 0 {
            let count = min(d.digits.count, d.point)
            for i in 0..<count { out.append(zero + d.digits[i]) }
            if count < d.point { out.append(contentsOf: repeatElement(zero, count: d.point - count)) }
        } else {
            out.append(zero)
        }
        if precision > 0 {
            out.append(UInt8(ascii: "."))
            for i in 1...precision {
                let j = d.point + i - 1
                out.append(j >= 0 && j < d.digits.count ? zero + d.digits[j] : zero)
            }
        }
    }

    /// `%b`: the integer mantissa and the binary exponent, `4503599627370496p-52`.
    private static func appendBinaryExponent(_ out: inout [UInt8], _ parts: FloatParts) {
        if parts.negative { out.append(UInt8(ascii: "-")) }
        out = appendUint(out, parts.mantissa, base: 10, digits: lowerDigits)
        out.append(UInt8(ascii: "p"))
        let exponent = parts.mantissa == 0 ? parts.layout.minExponent : parts.exponent
        if exponent >= 0 { out.append(UInt8(ascii: "+")) }
        out.append(contentsOf: Array(String(exponent).utf8))
    }

    /// `%x`: hexadecimal mantissa with one leading digit and a binary exponent, `0x1.cp+01`.
    private static func appendHex(_ out: inout [UInt8], _ parts: FloatParts, precision: Int, upper: Bool) {
        let digits = upper ? upperDigits : lowerDigits
        var mantissa = parts.mantissa
        var exponent = parts.exponent + parts.layout.mantissaBits
        if mantissa == 0 {
            exponent = 0
        } else {
            // Put the leading one at bit 60, so that 15 hex digits follow it.
            mantissa <<= UInt64(60 - parts.layout.mantissaBits)
            while mantissa & (1 << 60) == 0 {
                mantissa <<= 1
                exponent -= 1
            }
        }
        if precision >= 0 && precision < 15 {
            let shift = UInt64(precision * 4)
            let dropped = (mantissa << shift) & ((1 << 60) - 1)
            mantissa >>= 60 - shift
            // Round half to even on the dropped bits.
            if dropped | (mantissa & 1) > 1 << 59 { mantissa += 1 }
            mantissa <<= 60 - shift
            if mantissa & (1 << 61) != 0 {
                mantissa >>= 1
                exponent += 1
            }
        }
        if parts.negative { out.append(UInt8(ascii: "-")) }
        out.append(UInt8(ascii: "0"))
        out.append(upper ? UInt8(ascii: "X") : UInt8(ascii: "x"))
        out.append(UInt8(ascii: "0") + UInt8((mantissa >> 60) & 1))
        mantissa <<= 4
        if precision < 0 && mantissa != 0 {
            out.append(UInt8(ascii: "."))
            while mantissa != 0 {
                out.append(digits[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        } else if precision > 0 {
            out.append(UInt8(ascii: "."))
            for _ in 0..<precision {
                out.append(digits[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        }
        out.append(upper ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        if exponent < 0 {
            out.append(UInt8(ascii: "-"))
            exponent = -exponent
        } else {
            out.append(UInt8(ascii: "+"))
        }
        if exponent < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: Array(String(exponent).utf8))
    }
}
