extension GoFmt {
    /// `fmt.Sprint` as a Go string value: bytes that are not UTF-8 (a `GoByteString` operand)
    /// survive, as they do in Go, instead of becoming U+FFFD.
    public static func sprintValue(_ args: [GoValue]) -> GoValue {
        var printer = GoPrinter()
        printer.print(args)
        return .string(bytes: printer.buffer)
    }

    /// `fmt.Sprintln` as a Go string value that keeps any bytes that are not UTF-8.
    public static func sprintlnValue(_ args: [GoValue]) -> GoValue {
        var printer = GoPrinter()
        printer.printLine(args)
        return .string(bytes: printer.buffer)
    }

    /// `fmt.Sprintf` as a Go string value that keeps any bytes that are not UTF-8
    /// (`printf "%s"` of a binary file, then `b64enc`).
    public static func sprintfValue(_ format: String, _ args: [GoValue]) -> GoValue {
        var printer = GoPrinter()
        printer.printf(format, args)
        return .string(bytes: printer.buffer)
    }
}
