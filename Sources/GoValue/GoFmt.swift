/// Go's `fmt` package as templates reach it: `print`, `println`, `printf`, and `%v`
/// of every value. (Stub: the fmt work replaces these bodies.)
public enum GoFmt {
    /// `fmt.Sprint`: a space between operands when neither is a string.
    public static func sprint(_ args: [GoValue]) -> String {
        args.map { formatValue($0) }.joined()
    }

    /// `fmt.Sprintln`: spaces between all operands and a final newline.
    public static func sprintln(_ args: [GoValue]) -> String {
        args.map { formatValue($0) }.joined(separator: " ") + "\n"
    }

    /// `fmt.Sprintf` with Go's verbs, flags and error forms.
    public static func sprintf(_ format: String, _ args: [GoValue]) -> String {
        format
    }

    /// `%v` of one value.
    public static func formatValue(_ value: GoValue) -> String {
        switch value {
        case .nil: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return s
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .integer(let i, _): return String(i)
        case .uint64(let u): return String(u)
        case .float64(let d): return formatFloat(d, format: "g", precision: -1, bitSize: 64)
        case .float32(let f): return formatFloat(Double(f), format: "g", precision: -1, bitSize: 32)
        case .slice(let s): return "[" + s.elements.map { formatValue($0) }.joined(separator: " ") + "]"
        case .map(let m): return "map[" + m.sortedKeys.map { "\($0):\(formatValue(m.entries[$0]!))" }.joined(separator: " ") + "]"
        case .object(let o): return o.formatted(plus: false)
        }
    }

    /// `strconv.FormatFloat(f, format, precision, bitSize)`.
    public static func formatFloat(_ value: Double, format: Character, precision: Int, bitSize: Int) -> String {
        "\(value)"
    }

    /// `strconv.Quote`: a double-quoted Go string literal.
    public static func quote(_ s: String) -> String {
        "\"" + s + "\""
    }
}

extension GoValue: CustomStringConvertible {
    /// `%v`, as `{{ . }}` prints the value.
    public var description: String { GoFmt.formatValue(self) }
}
