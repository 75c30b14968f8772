/// Printing of whole values: the dispatch on kind, composites, objects and Go's
/// `%!verb(type=value)` reports.
extension GoPrinter {
    /// Go's `pp.printArg`: one operand at the top level.
    mutating func printArg(_ value: GoValue, verb: UInt32) {
        if case .nil = value {
            switch verb {
            case GoPrinter.ascii("T"), GoPrinter.ascii("v"): padString("<nil>")
            default: badVerb(verb, value)
            }
            return
        }
        if verb == GoPrinter.ascii("T") {
            pad(truncated(Array((value.type?.description ?? "<nil>").utf8)))
            return
        }
        if verb == GoPrinter.ascii("p") || verb == GoPrinter.ascii("w") {
            // Sprintf has no error to wrap for %w (a []byte takes fmt's fast path and
            // reports each byte); addresses for %p are not reproducible.
            if verb == GoPrinter.ascii("w"), case .slice(let slice) = value, slice.elementType == .uint8 {
                printSlice(slice, verb: verb, depth: 0)
            } else {
                badVerb(verb, value)
            }
            return
        }
        if case .slice(let slice) = value, slice.elementType == .uint8 {
            // A top-level []byte is printed by fmt's fast path, which names it `[]byte` for %#v.
            switch verb {
            case GoPrinter.ascii("v"), GoPrinter.ascii("d"), GoPrinter.ascii("s"), GoPrinter.ascii("x"),
                 GoPrinter.ascii("X"), GoPrinter.ascii("q"):
                printBytes(slice, verb: verb, typeName: "[]byte")
                return
            default:
                break
            }
        }
        printValue(value, verb: verb, depth: 0)
    }

    /// No width, precision or flag is set: values can be written without padding logic.
    var isPlain: Bool {
        !flags.widthPresent && !flags.precisionPresent && !flags.plus && !flags.sharp && !flags.space
            && !flags.sharpV && !flags.zero && !flags.minus
    }

    /// Go's `pp.printValue`: a value at any depth inside a composite.
    mutating func printValue(_ value: GoValue, verb: UInt32, depth: Int) {
        switch value {
        case .nil:
            // A nil interface inside a slice or map prints as <nil> whatever the verb.
            write(flags.sharpV ? "interface {}(nil)" : "<nil>")
        case .bool(let b):
            printBool(b, verb: verb, original: value)
        case .int(let i):
            if isPlain && (verb == GoPrinter.ascii("v") || verb == GoPrinter.ascii("d")) {
                buffer.append(contentsOf: String(i).utf8)
            } else {
                printInteger(UInt64(bitPattern: Int64(i)), signed: true, verb: verb, original: value)
            }
        case .int64(let i):
            printInteger(UInt64(bitPattern: i), signed: true, verb: verb, original: value)
        case .integer(let i, let type):
            let signed = !type.kind.isUnsignedInteger
            printInteger(UInt64(bitPattern: i), signed: signed, verb: verb, original: value)
        case .uint64(let u):
            printInteger(u, signed: false, verb: verb, original: value)
        case .float64(let d):
            printFloat(d, bitSize: 64, verb: verb, original: value)
        case .float32(let f):
            printFloat(Double(f), bitSize: 32, verb: verb, original: value)
        case .string(let s):
            if isPlain && (verb == GoPrinter.ascii("v") || verb == GoPrinter.ascii("s")) {
                buffer.append(contentsOf: s.utf8)
            } else {
                printString(Array(s.utf8), verb: verb, original: value)
            }
        case .slice(let slice):
            printSlice(slice, verb: verb, depth: depth)
        case .map(let map):
            printMap(map, verb: verb, depth: depth)
        case .object(let object):
            printObject(object, verb: verb, original: value)
        }
    }

    /// The bytes of a `[]uint8`, when every element is a byte.
    static func bytes(of slice: GoSlice) -> [UInt8] {
        slice.elements.map { element -> UInt8 in
            switch element {
            case .integer(let i, _): return UInt8(truncatingIfNeeded: i)
            case .int(let i): return UInt8(truncatingIfNeeded: i)
            case .int64(let i): return UInt8(truncatingIfNeeded: i)
            case .uint64(let u): return UInt8(truncatingIfNeeded: u)
            default: return 0
            }
        }
    }

    /// Go's `pp.fmtBytes`.
    mutating func printBytes(_ slice: GoSlice, verb: UInt32, typeName: String) {
        let bytes = GoPrinter.bytes(of: slice)
        switch verb {
        case GoPrinter.ascii("v"), GoPrinter.ascii("d"):
            if flags.sharpV {
                write(typeName)
                if slice.isNil {
                    write("(nil)")
                    return
                }
                writeByte(UInt8(ascii: "{"))
                for (i, byte) in bytes.enumerated() {
                    if i > 0 { write(", ") }
                    printHexWithPrefix(UInt64(byte))
                }
                writeByte(UInt8(ascii: "}"))
            } else {
                writeByte(UInt8(ascii: "["))
                for (i, byte) in bytes.enumerated() {
                    if i > 0 { writeByte(UInt8(ascii: " ")) }
                    formatInteger(UInt64(byte), base: 10, signed: false, verb: verb, digits: Strconv.lowerDigits)
                }
                writeByte(UInt8(ascii: "]"))
            }
        case GoPrinter.ascii("s"): pad(truncated(bytes))
        case GoPrinter.ascii("x"): formatHexBytes(bytes, digits: Strconv.lowerDigits)
        case GoPrinter.ascii("X"): formatHexBytes(bytes, digits: Strconv.upperDigits)
        case GoPrinter.ascii("q"): formatQuoted(bytes)
        default: printSlice(slice, verb: verb, depth: 0)
        }
    }

    mutating func printSlice(_ slice: GoSlice, verb: UInt32, depth: Int) {
        if slice.elementType == .uint8 {
            switch verb {
            case GoPrinter.ascii("s"), GoPrinter.ascii("q"), GoPrinter.ascii("x"), GoPrinter.ascii("X"):
                printBytes(slice, verb: verb, typeName: slice.type.description)
                return
            default:
                break
            }
        }
        if flags.sharpV {
            write(slice.type.description)
            if slice.isNil {
                write("(nil)")
                return
            }
            writeByte(UInt8(ascii: "{"))
            for (i, element) in slice.elements.enumerated() {
                if i > 0 { write(", ") }
                printValue(element, verb: verb, depth: depth + 1)
            }
            writeByte(UInt8(ascii: "}"))
        } else {
            writeByte(UInt8(ascii: "["))
            for (i, element) in slice.elements.enumerated() {
                if i > 0 { writeByte(UInt8(ascii: " ")) }
                printValue(element, verb: verb, depth: depth + 1)
            }
            writeByte(UInt8(ascii: "]"))
        }
    }

    mutating func printMap(_ map: GoMap, verb: UInt32, depth: Int) {
        if flags.sharpV {
            write(map.type.description)
            if map.isNil {
                write("(nil)")
                return
            }
            writeByte(UInt8(ascii: "{"))
        } else {
            write("map[")
        }
        for (i, key) in map.sortedKeys.enumerated() {
            if i > 0 {
                if flags.sharpV { write(", ") } else { writeByte(UInt8(ascii: " ")) }
            }
            printValue(.string(key), verb: verb, depth: depth + 1)
            writeByte(UInt8(ascii: ":"))
            printValue(map.entries[key] ?? .nil, verb: verb, depth: depth + 1)
        }
        writeByte(flags.sharpV ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// An object prints through its `formatted(plus:)`, as a Go value with a `String` method would.
    mutating func printObject(_ object: any GoObject, verb: UInt32, original: GoValue) {
        // A Go string that is not UTF-8 prints its bytes, as any Go string does.
        if let raw = object as? GoByteString {
            if erroring { buffer.append(contentsOf: raw.bytes) } else { printString(raw.bytes, verb: verb, original: original) }
            return
        }
        // A named map or slice without String() prints as the collection it is (`%q` quotes each element).
        if let named = object as? any GoNamedCollection, verb != GoPrinter.ascii("T") {
            printValue(named.underlying, verb: verb, depth: 0)
            return
        }
        let text = Array(object.formatted(plus: flags.plusV || flags.sharpV).utf8)
        switch verb {
        case GoPrinter.ascii("v"), GoPrinter.ascii("s"):
            if erroring { buffer.append(contentsOf: text) } else { pad(truncated(text)) }
        case GoPrinter.ascii("q"): formatQuoted(text)
        case GoPrinter.ascii("x"): formatHexBytes(text, digits: Strconv.lowerDigits)
        case GoPrinter.ascii("X"): formatHexBytes(text, digits: Strconv.upperDigits)
        default: badVerb(verb, original)
        }
    }

    /// Go's report of a verb that does not fit the operand: `%!d(string=hi)`, `%!d(<nil>)`.
    mutating func badVerb(_ verb: UInt32, _ value: GoValue) {
        erroring = true
        write("%!")
        writeRune(verb)
        writeByte(UInt8(ascii: "("))
        if let type = value.type {
            write(type.description)
            writeByte(UInt8(ascii: "="))
            printArg(value, verb: GoPrinter.ascii("v"))
        } else {
            write("<nil>")
        }
        writeByte(UInt8(ascii: ")"))
        erroring = false
    }
}
