extension GoValue {
    /// The dynamic Go type, or nil for the nil interface (`%T` prints `<nil>`).
    public var type: GoType? {
        switch self {
        case .nil: return nil
        case .bool: return .bool
        case .string: return .string
        case .int: return .int
        case .int64: return .int64
        case .float64: return .float64
        case .integer(_, let t): return t
        case .uint64: return .uint64
        case .float32: return .float32
        case .slice(let s): return s.type
        case .map(let m): return m.type
        case .object(let o): return o.goType
        }
    }

    /// Go's `reflect.Kind`; `.invalid` for nil.
    public var kind: GoKind { type?.kind ?? .invalid }

    /// Go template truth: false for nil and for zero values and empty collections.
    public var isTruthy: Bool {
        switch self {
        case .nil: return false
        case .bool(let b): return b
        case .string(let s): return !s.isEmpty
        case .int(let i): return i != 0
        case .int64(let i): return i != 0
        case .float64(let d): return d != 0
        case .integer(let i, _): return i != 0
        case .uint64(let u): return u != 0
        case .float32(let f): return f != 0
        case .slice(let s): return !s.elements.isEmpty
        case .map(let m): return !m.entries.isEmpty
        case .object(let o): return o.isTruthy
        }
    }

    public var isNil: Bool { if case .nil = self { return true } else { return false } }

    /// The string, if this is a Go string.
    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }

    /// The map, if this is a Go map.
    public var mapValue: GoMap? { if case .map(let m) = self { return m } else { return nil } }

    /// The slice, if this is a Go slice.
    public var sliceValue: GoSlice? { if case .slice(let s) = self { return s } else { return nil } }

    /// A `[]interface{}` of the given values.
    public static func list(_ values: [GoValue]) -> GoValue { .slice(GoSlice(values)) }

    /// A `[]string` of the given strings.
    public static func strings(_ values: [String]) -> GoValue {
        .slice(GoSlice(values.map { .string($0) }, elementType: .string))
    }

    /// A new `map[string]interface{}` holding the given entries.
    public static func dict(_ entries: [String: GoValue]) -> GoValue { .map(GoMap(entries)) }
}
