extension GoValue {
    /// A Go string from raw bytes: `.string` when they are UTF-8, otherwise a `GoByteString`
    /// object that keeps them, as Go's `string(b)` would.
    public static func string(bytes: [UInt8]) -> GoValue {
        if let s = String(validating: bytes, as: UTF8.self) { return .string(s) }
        return .object(GoByteString(bytes))
    }

    /// A Go string from a slice of bytes (a line, a prefix); see `string(bytes:)`.
    public static func string(bytes: some Collection<UInt8>) -> GoValue {
        string(bytes: Array(bytes))
    }

    /// The bytes of a Go string in either form; nil for any other value.
    public var goStringBytes: [UInt8]? {
        switch self {
        case .string(let s): return Array(s.utf8)
        case .object(let o as GoByteString): return o.bytes
        default: return nil
        }
    }

    /// The text of a Go string in either form (invalid bytes as U+FFFD); nil for any other value.
    public var goStringText: String? {
        switch self {
        case .string(let s): return s
        case .object(let o as GoByteString): return o.text
        default: return nil
        }
    }
}
