/// Go's `fmt` package as templates reach it: `print`, `println`, `printf`, and `%v`
/// of every value, byte for byte as Go prints them.
public enum GoFmt {
    /// `fmt.Sprint`: a space between operands when neither is a string.
    public static func sprint(_ args: [GoValue]) -> String {
        var printer = GoPrinter()
        printer.print(args)
        return String(decoding: printer.buffer, as: UTF8.self)
    }

    /// `fmt.Sprintln`: spaces between all operands and a final newline.
    public static func sprintln(_ args: [GoValue]) -> String {
        var printer = GoPrinter()
        printer.printLine(args)
        return String(decoding: printer.buffer, as: UTF8.self)
    }

    /// `fmt.Sprintf` with Go's verbs, flags and error forms (`%!d(string=x)`, `%!v(MISSING)`).
    public static func sprintf(_ format: String, _ args: [GoValue]) -> String {
        var printer = GoPrinter()
        printer.printf(format, args)
        return String(decoding: printer.buffer, as: UTF8.self)
    }

    /// `%v` of one value: what `{{ . }}` prints.
    public static func formatValue(_ value: GoValue) -> String {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .nil: return "<nil>"
        case .float64(let d): return Strconv.formatFloat(d, format: "g", precision: -1, bitSize: 64)
        default:
            var printer = GoPrinter()
            printer.printArg(value, verb: GoPrinter.ascii("v"))
            return String(decoding: printer.buffer, as: UTF8.self)
        }
    }

    /// `strconv.FormatFloat(f, format, precision, bitSize)`.
    public static func formatFloat(_ value: Double, format: Character, precision: Int, bitSize: Int) -> String {
        Strconv.formatFloat(value, format: format, precision: precision, bitSize: bitSize)
    }

    /// `strconv.Quote`: a double-quoted Go string literal.
    public static func quote(_ s: String) -> String {
        Strconv.quote(s)
    }
}

extension GoValue: CustomStringConvertible {
    /// `%v`, as `{{ . }}` prints the value.
    public var description: String { GoFmt.formatValue(self) }
}
