/// Go's `doPrintf`, `doPrint` and `doPrintln`: walking the format and the operands.
extension GoPrinter {
    /// Go refuses widths and precisions beyond a million as malformed.
    static func tooLarge(_ n: Int) -> Bool { n > 1_000_000 || n < -1_000_000 }

    /// A run of decimal digits starting at `start`: (value, found, index after).
    static func parseNumber(_ format: [UInt8], _ start: Int) -> (Int, Bool, Int) {
        var i = start, number = 0, found = false
        while i < format.count, format[i] >= UInt8(ascii: "0"), format[i] <= UInt8(ascii: "9") {
            if tooLarge(number) { return (0, false, format.count) }
            number = number * 10 + Int(format[i] - UInt8(ascii: "0"))
            found = true
            i += 1
        }
        return (number, found, i)
    }

    /// An operand used as a `*` width or precision: any integer kind that fits.
    static func intArgument(_ args: [GoValue], _ index: Int) -> (Int, Bool, Int) {
        guard index < args.count else { return (0, false, index) }
        var number = 0, isInt = false
        switch args[index] {
        case .int(let i): number = i; isInt = true
        case .int64(let i): number = Int(i); isInt = true
        case .integer(let i, let type):
            if !type.kind.isUnsignedInteger || i >= 0 { number = Int(i); isInt = true }
        case .uint64(let u):
            if u <= UInt64(Int.max) { number = Int(u); isInt = true }
        default:
            break
        }
        if tooLarge(number) { return (0, false, index + 1) }
        return (number, isInt, index + 1)
    }

    mutating func printf(_ formatText: String, _ args: [GoValue]) {
        let format = Array(formatText.utf8)
        let end = format.count
        var argIndex = 0
        var afterIndex = false
        var reordered = false
        var goodArgIndex = true
        var i = 0

        /// `[n]` before a width, precision or verb: picks operand n (1-based).
        func argumentNumber(_ current: Int, _ at: Int) -> (Int, Int, Bool) {
            guard at < end, format[at] == UInt8(ascii: "[") else { return (current, at, false) }
            reordered = true
            var close = at + 1
            while close < end && format[close] != UInt8(ascii: "]") { close += 1 }
            // Go needs at least three bytes (`[n]`) and a closing bracket.
            guard at + 2 < end, close < end else {
                goodArgIndex = false
                return (current, at + 1, false)
            }
            let (number, found, after) = GoPrinter.parseNumber(format, at + 1)
            if !found || after != close {
                goodArgIndex = false
                return (current, close + 1, false)
            }
            let index = number - 1
            if index >= 0 && index < args.count { return (index, close + 1, true) }
            goodArgIndex = false
            return (current, close + 1, true)
        }

        while i < end {
            goodArgIndex = true
            let literalStart = i
            while i < end && format[i] != UInt8(ascii: "%") { i += 1 }
            if i > literalStart { buffer.append(contentsOf: format[literalStart..<i]) }
            if i >= end { break }
            i += 1

            clearFlags()
            flagLoop: while i < end {
                switch format[i] {
                case UInt8(ascii: "#"): flags.sharp = true
                case UInt8(ascii: "0"): flags.zero = true
                case UInt8(ascii: "+"): flags.plus = true
                case UInt8(ascii: "-"): flags.minus = true
                case UInt8(ascii: " "): flags.space = true
                default: break flagLoop
                }
                i += 1
            }

            (argIndex, i, afterIndex) = argumentNumber(argIndex, i)

            if i < end && format[i] == UInt8(ascii: "*") {
                i += 1
                (width, flags.widthPresent, argIndex) = GoPrinter.intArgument(args, argIndex)
                if !flags.widthPresent { write("%!(BADWIDTH)") }
                if width < 0 {
                    width = -width
                    flags.minus = true
                    flags.zero = false
                }
                afterIndex = false
            } else {
                (width, flags.widthPresent, i) = GoPrinter.parseNumber(format, i)
                if afterIndex && flags.widthPresent { goodArgIndex = false }
            }

            if i + 1 < end && format[i] == UInt8(ascii: ".") {
                i += 1
                if afterIndex { goodArgIndex = false }
                (argIndex, i, afterIndex) = argumentNumber(argIndex, i)
                if i < end && format[i] == UInt8(ascii: "*") {
                    i += 1
                    (precision, flags.precisionPresent, argIndex) = GoPrinter.intArgument(args, argIndex)
                    if precision < 0 {
                        precision = 0
                        flags.precisionPresent = false
                    }
                    if !flags.precisionPresent { write("%!(BADPREC)") }
                    afterIndex = false
                } else {
                    (precision, flags.precisionPresent, i) = GoPrinter.parseNumber(format, i)
                    if !flags.precisionPresent {
                        precision = 0
                        flags.precisionPresent = true
                    }
                }
            }

            if !afterIndex { (argIndex, i, afterIndex) = argumentNumber(argIndex, i) }

            if i >= end {
                write("%!(NOVERB)")
                break
            }

            let (verb, size) = Strconv.decodeRune(format, at: i)
            i += size

            if verb == GoPrinter.ascii("%") {
                writeByte(UInt8(ascii: "%"))
            } else if !goodArgIndex {
                write("%!")
                writeRune(verb)
                write("(BADINDEX)")
            } else if argIndex >= args.count {
                write("%!")
                writeRune(verb)
                write("(MISSING)")
            } else {
                if verb == GoPrinter.ascii("v") || verb == GoPrinter.ascii("w") {
                    flags.sharpV = flags.sharp
                    flags.sharp = false
                    flags.plusV = flags.plus
                    flags.plus = false
                }
                printArg(args[argIndex], verb: verb)
                argIndex += 1
            }
        }

        if !reordered && argIndex < args.count {
            clearFlags()
            write("%!(EXTRA ")
            for (n, arg) in args[argIndex...].enumerated() {
                if n > 0 { write(", ") }
                if let type = arg.type {
                    write(type.description)
                    writeByte(UInt8(ascii: "="))
                    printArg(arg, verb: GoPrinter.ascii("v"))
                } else {
                    write("<nil>")
                }
            }
            writeByte(UInt8(ascii: ")"))
        }
    }

    /// `fmt.Sprint`: a space between two operands only when neither is a string.
    mutating func print(_ args: [GoValue]) {
        var previousWasString = false
        for (n, arg) in args.enumerated() {
            let isString = arg.kind == .string
            if n > 0 && !isString && !previousWasString { writeByte(UInt8(ascii: " ")) }
            printArg(arg, verb: GoPrinter.ascii("v"))
            previousWasString = isString
        }
    }

    /// `fmt.Sprintln`: a space between every two operands and a final newline.
    mutating func printLine(_ args: [GoValue]) {
        for (n, arg) in args.enumerated() {
            if n > 0 { writeByte(UInt8(ascii: " ")) }
            printArg(arg, verb: GoPrinter.ascii("v"))
        }
        writeByte(UInt8(ascii: "\n"))
    }
}
