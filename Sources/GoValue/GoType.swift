/// A Go type, as far as templates can observe one: `%T`, `typeOf`, `kindOf`,
/// argument checks (`wrong type for value; expected string; got int`).
public indirect enum GoType: Hashable, Sendable, CustomStringConvertible {
    /// `interface {}`.
    case interface
    case bool, string
    case int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64
    case slice(GoType)
    case map(key: GoType, value: GoType)
    case pointer(GoType)
    /// A named type such as `time.Time` or `chart.Metadata`, with its underlying kind.
    case named(String, kind: GoKind)
    /// A function type, as `%T` of a function value would show it.
    case function(String)

    /// What `%T` prints: `map[string]interface {}`, `[]string`, `*chart.Metadata`.
    public var description: String {
        switch self {
        case .interface: return "interface {}"
        case .bool: return "bool"
        case .string: return "string"
        case .int: return "int"
        case .int8: return "int8"
        case .int16: return "int16"
        case .int32: return "int32"
        case .int64: return "int64"
        case .uint: return "uint"
        case .uint8: return "uint8"
        case .uint16: return "uint16"
        case .uint32: return "uint32"
        case .uint64: return "uint64"
        case .uintptr: return "uintptr"
        case .float32: return "float32"
        case .float64: return "float64"
        case .slice(let e): return "[]\(e)"
        case .map(let k, let v): return "map[\(k)]\(v)"
        case .pointer(let t): return "*\(t)"
        case .named(let name, _): return name
        case .function(let sig): return sig
        }
    }

    /// Go's `reflect.Kind` of the type, as `kindOf` prints it.
    public var kind: GoKind {
        switch self {
        case .interface: return .interface
        case .bool: return .bool
        case .string: return .string
        case .int: return .int
        case .int8: return .int8
        case .int16: return .int16
        case .int32: return .int32
        case .int64: return .int64
        case .uint: return .uint
        case .uint8: return .uint8
        case .uint16: return .uint16
        case .uint32: return .uint32
        case .uint64: return .uint64
        case .uintptr: return .uintptr
        case .float32: return .float32
        case .float64: return .float64
        case .slice: return .slice
        case .map: return .map
        case .pointer: return .ptr
        case .named(_, let kind): return kind
        case .function: return .func
        }
    }
}

/// Go's `reflect.Kind`; its raw value is what `kindOf` prints.
public enum GoKind: String, Hashable, Sendable {
    case invalid, bool, int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64, complex64, complex128
    case array, chan, `func`, interface, map, ptr, slice, string, `struct`, unsafePointer = "unsafe.Pointer"

    public var isSignedInteger: Bool { [.int, .int8, .int16, .int32, .int64].contains(self) }
    public var isUnsignedInteger: Bool { [.uint, .uint8, .uint16, .uint32, .uint64, .uintptr].contains(self) }
    public var isFloat: Bool { self == .float32 || self == .float64 }
}
