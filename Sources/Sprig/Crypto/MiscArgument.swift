import GoValue

/// Reads the arguments the executor has already checked against a function's
/// parameter types; kept lenient about integer widths because untyped
/// constants and `--set` values reach the same parameter in different forms.
enum MiscArgument {
    /// The text of a `string` parameter.
    static func string(_ value: GoValue) -> String {
        if case .string(let s) = value { return s }
        return GoFmt.formatValue(value)
    }

    /// The value of an integer parameter of any width.
    static func int(_ value: GoValue) -> Int {
        switch value {
        case .int(let i): return i
        case .int64(let i): return Int(i)
        case .integer(let i, _): return Int(i)
        case .uint64(let u): return Int(truncatingIfNeeded: u)
        case .float64(let d): return Int(d)
        case .float32(let f): return Int(f)
        default: return 0
        }
    }

    /// The elements of a `[]interface{}` parameter; nil for Go's nil slice.
    static func list(_ value: GoValue) -> [GoValue]? {
        switch value {
        case .slice(let s): return s.isNil ? nil : s.elements
        default: return nil
        }
    }

    /// Go's `string(bytes)`: bytes that are not UTF-8 become U+FFFD, the
    /// closest a Swift string can come to holding them.
    static func text(_ bytes: some Sequence<UInt8>) -> String {
        String(decoding: Array(bytes), as: UTF8.self)
    }
}
