import GoValue

/// Go's eq/lt family: basic kinds compare by value, signed and unsigned integers
/// compare across signedness, everything else is an error with Go's wording.
enum Comparison {
    private enum BasicKind { case invalid, bool, complex, int, float, string, uint }

    private static func basicKind(_ v: ExecValue) -> BasicKind {
        guard case .concrete(let g) = v else { return .invalid }
        switch g {
        case .bool: return .bool
        case .string: return .string
        case .object(let o) where o is GoByteString: return .string  // a Go string that is not UTF-8
        case .float64, .float32: return .float
        default:
            if g.signedInteger != nil { return .int }
            if g.unsignedInteger != nil { return .uint }
            return .invalid
        }
    }

    private static func isNil(_ v: ExecValue) -> Bool {
        switch v {
        case .invalid: return true
        case .boxed(let g), .concrete(let g):
            switch g {
            case .nil: return true
            case .slice(let s): return s.isNil
            case .map(let m): return m.isNil
            default: return false
            }
        }
    }

    private static func kind(_ v: ExecValue) -> GoKind {
        switch v {
        case .invalid: return .invalid
        case .boxed: return .interface
        case .concrete(let g): return g.kind
        }
    }

    static func eq(_ a0: ExecValue, _ rest: [ExecValue]) throws(Builtin.Failure) -> Bool {
        let a = a0.unwrapped
        if rest.isEmpty { throw Builtin.Failure(message: "missing argument for comparison") }
        let k1 = basicKind(a)
        for r in rest {
            let b = r.unwrapped
            let k2 = basicKind(b)
            var truth = false
            if k1 != k2 {
                if k1 == .int && k2 == .uint {
                    let x = a.goValue.signedInteger!
                    truth = x >= 0 && UInt64(x) == b.goValue.unsignedInteger!
                } else if k1 == .uint && k2 == .int {
                    let y = b.goValue.signedInteger!
                    truth = y >= 0 && a.goValue.unsignedInteger! == UInt64(y)
                } else if !a.isInvalid && !b.isInvalid {
                    throw Builtin.Failure(message: "incompatible types for comparison: \(a.typeName) and \(b.typeName)")
                }
            } else {
                let x = a.goValue, y = b.goValue
                switch k1 {
                case .bool:
                    if case .bool(let p) = x, case .bool(let q) = y { truth = p == q }
                case .float: truth = x.floatingPoint! == y.floatingPoint!
                case .int: truth = x.signedInteger! == y.signedInteger!
                case .uint: truth = x.unsignedInteger! == y.unsignedInteger!
                case .string:
                    if case .string(let p) = x, case .string(let q) = y {
                        truth = p.utf8.elementsEqual(q.utf8)
                    } else if let p = x.goStringBytes, let q = y.goStringBytes {
                        truth = p == q  // a Go string that is not UTF-8 (GoByteString) compares by bytes
                    }
                case .complex: truth = false
                case .invalid:
                    let ka = kind(a), kb = kind(b)
                    if !(ka == kb || ka == .invalid || kb == .invalid) {
                        throw Builtin.Failure(message: GoFmt.sprintf("non-comparable types %s: %v, %s: %v",
                            [x, .string(a.typeName), .string(b.typeName), y]))
                    }
                    if isNil(a) || isNil(b) {
                        truth = isNil(a) == isNil(b)
                    } else {
                        switch y {
                        case .slice, .map:
                            throw Builtin.Failure(message: GoFmt.sprintf("non-comparable type %s: %v", [y, .string(b.typeName)]))
                        case .object(let p):
                            if case .object(let q) = x { truth = p === q }
                        default:
                            truth = false
                        }
                    }
                }
            }
            if truth { return true }
        }
        return false
    }

    static func lt(_ a0: ExecValue, _ b0: ExecValue) throws(Builtin.Failure) -> Bool {
        let a = a0.unwrapped
        let k1 = basicKind(a)
        if k1 == .invalid { throw Builtin.Failure(message: "invalid type for comparison") }
        let b = b0.unwrapped
        let k2 = basicKind(b)
        if k2 == .invalid { throw Builtin.Failure(message: "invalid type for comparison") }
        let x = a.goValue, y = b.goValue
        if k1 != k2 {
            if k1 == .int && k2 == .uint {
                let i = x.signedInteger!
                return i < 0 || UInt64(i) < y.unsignedInteger!
            }
            if k1 == .uint && k2 == .int {
                let j = y.signedInteger!
                return j >= 0 && x.unsignedInteger! < UInt64(j)
            }
            throw Builtin.Failure(message: "incompatible types for comparison: \(a.typeName) and \(b.typeName)")
        }
        switch k1 {
        case .bool, .complex, .invalid: throw Builtin.Failure(message: "invalid type for comparison")
        case .float: return x.floatingPoint! < y.floatingPoint!
        case .int: return x.signedInteger! < y.signedInteger!
        case .uint: return x.unsignedInteger! < y.unsignedInteger!
        case .string:
            if let p = x.stringValue, let q = y.stringValue { return goStringLess(p, q) }
            // A Go string that is not UTF-8 (GoByteString) orders by its bytes.
            return (x.goStringBytes ?? []).lexicographicallyPrecedes(y.goStringBytes ?? [])
        }
    }

    static func le(_ a: ExecValue, _ b: ExecValue) throws(Builtin.Failure) -> Bool {
        if try lt(a, b) { return true }
        return try eq(a, [b])
    }
}
