import GoValue

/// A value as the executor holds it. Go's reflect.Value distinguishes three states
/// that decide both output and error texts, so the executor keeps them apart:
/// no value at all (a missing key under the default option), a value whose static
/// type is `interface {}` (a map or slice element), and a value of its own type.
enum ExecValue {
    /// reflect.Value{}: prints `<no value>`, is false, acts like an empty collection in range.
    case invalid
    /// A value seen through `interface {}`; `.boxed(.nil)` is the nil interface.
    case boxed(GoValue)
    /// A value of its dynamic type.
    case concrete(GoValue)

    /// The static type Go reports in errors (`interface {}` for boxed values).
    var typeName: String {
        switch self {
        case .invalid: return "<nil>"
        case .boxed: return "interface {}"
        case .concrete(let g): return g.type?.description ?? "interface {}"
        }
    }

    /// What a Go function receives for this value through an interface{} parameter.
    var goValue: GoValue {
        switch self {
        case .invalid: return .nil
        case .boxed(let g), .concrete(let g): return g
        }
    }

    /// Go's indirectInterface: the dynamic value, or invalid for a nil interface.
    var unwrapped: ExecValue {
        switch self {
        case .boxed(let g): return g.isNil ? .invalid : .concrete(g)
        case .concrete(let g): return g.isNil ? .invalid : self
        case .invalid: return self
        }
    }

    var isInvalid: Bool { if case .invalid = self { return true } else { return false } }

    /// Go template truth (`if`, `and`, `or`, `not`).
    var isTrue: Bool {
        switch self {
        case .invalid: return false
        case .boxed(let g), .concrete(let g): return g.isTruthy
        }
    }

    /// An element of a collection whose element type is `type`.
    static func element(_ g: GoValue, of type: GoType) -> ExecValue {
        if type == .interface || g.isNil { return .boxed(g) }
        return .concrete(g)
    }

    /// A function's result given its declared result type.
    static func result(_ g: GoValue, type: GoType) -> ExecValue {
        if type == .interface || g.isNil { return .boxed(g) }
        return .concrete(g)
    }

    /// reflect.Zero(type) as the executor sees it.
    static func zero(_ type: GoType) -> ExecValue {
        switch type {
        case .interface: return .boxed(.nil)
        case .bool: return .concrete(.bool(false))
        case .string: return .concrete(.string(""))
        case .int: return .concrete(.int(0))
        case .int64: return .concrete(.int64(0))
        case .float64: return .concrete(.float64(0))
        case .float32: return .concrete(.float32(0))
        case .int8, .int16, .int32, .uint, .uint8, .uint16, .uint32, .uint64, .uintptr:
            return .concrete(.integer(0, type))
        case .slice(let e): return .concrete(.slice(GoSlice([], elementType: e, isNil: true)))
        case .map(_, let v): return .concrete(.map(GoMap([:], valueType: v, isNil: true)))
        case .pointer, .named, .function: return .boxed(.nil)
        }
    }
}

extension GoValue {
    /// The value of a signed integer kind.
    var signedInteger: Int64? {
        switch self {
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        case .integer(let i, let t): return t.kind.isSignedInteger ? i : nil
        default: return nil
        }
    }

    /// The value of an unsigned integer kind.
    var unsignedInteger: UInt64? {
        switch self {
        case .uint64(let u): return u
        case .integer(let i, let t): return t.kind.isUnsignedInteger ? UInt64(bitPattern: i) : nil
        default: return nil
        }
    }

    /// The value of a float kind.
    var floatingPoint: Double? {
        switch self {
        case .float64(let d): return d
        case .float32(let f): return Double(f)
        default: return nil
        }
    }
}

/// A parameter type as the executor checks it: a Go type, or reflect.Value (the
/// builtins take their arguments unconverted, missing values included).
enum ParamType: CustomStringConvertible {
    case reflectValue
    case go(GoType)

    var description: String {
        switch self {
        case .reflectValue: return "reflect.Value"
        case .go(let t): return t.description
        }
    }

    /// Go's canBeNil: whether an untyped nil or a missing value can become this type.
    var canBeNil: Bool {
        switch self {
        case .reflectValue: return true
        case .go(let t):
            switch t.kind {
            case .interface, .map, .ptr, .slice, .func, .chan: return true
            default: return false
            }
        }
    }

    var zero: ExecValue {
        switch self {
        case .reflectValue: return .invalid
        case .go(let t): return ExecValue.zero(t)
        }
    }
}
