import GoValue

/// Go's predefined template functions. They are called by the executor directly
/// (not through GoFunction) because most take reflect.Value arguments and must see
/// missing values and interface boxing exactly as Go's do.
enum Builtin: String, CaseIterable {
    case and, or, not, len, index, slice, call
    case print, printf, println, html, js, urlquery
    case eq, ne, lt, le, gt, ge

    /// The failure a builtin returns; the executor adds `error calling NAME: `.
    struct Failure: Error { var message: String }

    /// Fixed parameter types and the variadic element type, as Go declares them.
    var signature: (fixed: [ParamType], variadic: ParamType?) {
        switch self {
        case .and, .or, .call, .index, .slice: return ([.reflectValue], .reflectValue)
        case .not, .len: return ([.reflectValue], nil)
        case .eq: return ([.reflectValue], .reflectValue)
        case .ne, .lt, .le, .gt, .ge: return ([.reflectValue, .reflectValue], nil)
        case .print, .println, .html, .js, .urlquery: return ([], .go(.interface))
        case .printf: return ([.go(.string)], .go(.interface))
        }
    }

    /// Runs the builtin on checked arguments (and/or are handled by the executor).
    func invoke(_ argv: [ExecValue], calleeName: String) throws(Failure) -> ExecValue {
        switch self {
        case .and, .or:
            return argv.last ?? .invalid
        case .not:
            return .concrete(.bool(!argv[0].isTrue))
        case .len:
            return .concrete(.int(try Builtin.length(argv[0])))
        case .index:
            return try Builtin.index(argv[0], Array(argv.dropFirst()))
        case .slice:
            return try Builtin.slice(argv[0], Array(argv.dropFirst()))
        case .call:
            let fn = argv[0].unwrapped
            if fn.isInvalid { throw Failure(message: "call of nil") }
            throw Failure(message: "non-function \(calleeName) of type \(fn.typeName)")
        case .print:
            return .concrete(GoFmt.sprintValue(argv.map(\.goValue)))
        case .println:
            return .concrete(GoFmt.sprintlnValue(argv.map(\.goValue)))
        case .printf:
            let format = argv[0].goValue.stringValue ?? ""
            return .concrete(GoFmt.sprintfValue(format, argv.dropFirst().map(\.goValue)))
        case .html:
            return .concrete(.string(Builtin.htmlEscape(Builtin.evalArgs(argv))))
        case .js:
            return .concrete(.string(Builtin.jsEscape(Builtin.evalArgs(argv))))
        case .urlquery:
            return .concrete(.string(Builtin.queryEscape(Builtin.evalArgs(argv))))
        case .eq:
            return .concrete(.bool(try Comparison.eq(argv[0], Array(argv.dropFirst()))))
        case .ne:
            return .concrete(.bool(!(try Comparison.eq(argv[0], [argv[1]]))))
        case .lt:
            return .concrete(.bool(try Comparison.lt(argv[0], argv[1])))
        case .le:
            return .concrete(.bool(try Comparison.le(argv[0], argv[1])))
        case .gt:
            return .concrete(.bool(!(try Comparison.le(argv[0], argv[1]))))
        case .ge:
            return .concrete(.bool(!(try Comparison.lt(argv[0], argv[1]))))
        }
    }

    // MARK: - len, index, slice

    static func length(_ item: ExecValue) throws(Failure) -> Int {
        switch item {
        case .invalid:
            throw Failure(message: "reflect: call of reflect.Value.Type on zero Value")
        case .boxed(let g) where g.isNil:
            throw Failure(message: "len of nil pointer")
        case .boxed(let g0), .concrete(let g0):
            if case .object(let o) = g0, let mapLike = o as? any GoMapObject { return mapLike.entryCount }
            let g = g0.namedCollectionUnwrapped
            switch g {
            case .slice(let s): return s.count
            case .map(let m): return m.count
            case .string(let s): return s.utf8.count
            case .object(let o as GoByteString): return o.bytes.count
            default: throw Failure(message: "len of type \(g.type?.description ?? "<nil>")")
            }
        }
    }

    /// Go's indexArg: an integer index within `0...cap`.
    private static func indexArg(_ index: ExecValue, cap: Int) throws(Failure) -> Int {
        let x: Int64
        switch index {
        case .invalid:
            throw Failure(message: "cannot index slice/array with nil")
        case .boxed:
            throw Failure(message: "cannot index slice/array with type interface {}")
        case .concrete(let g):
            if let i = g.signedInteger {
                x = i
            } else if let u = g.unsignedInteger {
                x = Int64(bitPattern: u)
            } else {
                throw Failure(message: "cannot index slice/array with type \(g.type?.description ?? "<nil>")")
            }
        }
        if x < 0 || x > Int64(cap) {
            throw Failure(message: "index out of range: \(x)")
        }
        return Int(x)
    }

    static func index(_ item0: ExecValue, _ indexes: [ExecValue]) throws(Failure) -> ExecValue {
        var item = item0.unwrapped
        if item.isInvalid { throw Failure(message: "index of untyped nil") }
        for idx in indexes {
            let index = idx.unwrapped
            let g: GoValue
            switch item {
            case .invalid, .boxed(.nil): throw Failure(message: "index of nil pointer")
            case .boxed(let v), .concrete(let v): g = v.mapObjectUnwrapped
            }
            switch g {
            case .slice(let s):
                let x = try indexArg(index, cap: s.count)
                if x == s.count { throw Failure(message: "reflect: slice index out of range") }
                item = ExecValue.element(s.elements[x], of: s.elementType)
            case .string(let str):
                let bytes = str.utf8
                let x = try indexArg(index, cap: bytes.count)
                if x == bytes.count { throw Failure(message: "reflect: string index out of range") }
                item = .concrete(.integer(Int64(bytes[bytes.index(bytes.startIndex, offsetBy: x)]), .uint8))
            case .object(let o as GoByteString):  // a Go string that is not UTF-8: index its bytes
                let x = try indexArg(index, cap: o.bytes.count)
                if x == o.bytes.count { throw Failure(message: "reflect: string index out of range") }
                item = .concrete(.integer(Int64(o.bytes[x]), .uint8))
            case .map(let m):
                let key: String
                switch index {
                case .invalid: throw Failure(message: "value is nil; should be of type string")
                case .boxed(let k), .concrete(let k):
                    guard case .string(let s) = k else {
                        throw Failure(message: "value has type \(index.typeName); should be string")
                    }
                    key = s
                }
                if let v = m.entries[key] {
                    item = ExecValue.element(v, of: m.valueType)
                } else {
                    item = ExecValue.zero(m.valueType)
                }
            default:
                throw Failure(message: "can't index item of type \(g.type?.description ?? "<nil>")")
            }
        }
        return item
    }

    static func slice(_ item0: ExecValue, _ indexes: [ExecValue]) throws(Failure) -> ExecValue {
        let item = item0.unwrapped
        guard case .concrete(let g0) = item else { throw Failure(message: "slice of untyped nil") }
        let g = g0.namedCollectionUnwrapped
        if indexes.count > 3 { throw Failure(message: "too many slice indexes: \(indexes.count)") }
        let count: Int
        switch g {
        case .string(let s):
            if indexes.count == 3 { throw Failure(message: "cannot 3-index slice a string") }
            count = s.utf8.count
        case .object(let o as GoByteString):  // a Go string that is not UTF-8
            if indexes.count == 3 { throw Failure(message: "cannot 3-index slice a string") }
            count = o.bytes.count
        case .slice(let s):
            count = s.count
        default:
            throw Failure(message: "can't slice item of type \(g.type?.description ?? "<nil>")")
        }
        var idx = [0, count, 0]
        for (i, index) in indexes.enumerated() {
            idx[i] = try indexArg(index, cap: count)
        }
        if idx[0] > idx[1] { throw Failure(message: "invalid slice index: \(idx[0]) > \(idx[1])") }
        if indexes.count == 3 && idx[1] > idx[2] {
            throw Failure(message: "invalid slice index: \(idx[1]) > \(idx[2])")
        }
        switch g {
        case .string, .object:
            // Go slices a string's bytes: the result may cut a character (kept as a GoByteString).
            return .concrete(.string(bytes: (g.goStringBytes ?? [])[idx[0]..<idx[1]]))
        case .slice(let s):
            let part = GoValue.slice(GoSlice(Array(s.elements[idx[0]..<idx[1]]), elementType: s.elementType))
            // Slicing a named slice type (common.VersionSet) keeps the type, as reflect.Slice does.
            if case .object(let o) = g0, let named = o as? any GoNamedCollection { return .concrete(named.retyped(part)) }
            return .concrete(part)
        default:
            return item
        }
    }

    // MARK: - Escapers

    /// Go's evalArgs: one string passes through; otherwise Sprint with missing values as `<no value>`.
    static func evalArgs(_ argv: [ExecValue]) -> String {
        if argv.count == 1, case .string(let s) = argv[0].goValue { return s }
        let args: [GoValue] = argv.map { v in
            let g = v.goValue
            return g.isNil ? .string("<no value>") : g
        }
        return GoFmt.sprint(args)
    }

    static func htmlEscape(_ s: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        for c in s.utf8 {
            switch c {
            case 0: out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case 0x22: out.append(contentsOf: Array("&#34;".utf8))
            case 0x27: out.append(contentsOf: Array("&#39;".utf8))
            case 0x26: out.append(contentsOf: Array("&amp;".utf8))
            case 0x3C: out.append(contentsOf: Array("&lt;".utf8))
            case 0x3E: out.append(contentsOf: Array("&gt;".utf8))
            default: out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func jsEscape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "<": out += "\\u003C"
            case ">": out += "\\u003E"
            case "&": out += "\\u0026"
            case "=": out += "\\u003D"
            default:
                if v < 0x20 {
                    out += "\\u00" + GoQuote.hex(v, width: 2)
                } else if v < 0x80 || GoQuote.isPrint(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\u" + GoQuote.hex(v, width: 4)
                }
            }
        }
        return out
    }

    /// net/url.QueryEscape.
    static func queryEscape(_ s: String) -> String {
        var out = [UInt8]()
        let hex = Array("0123456789ABCDEF".utf8)
        for c in s.utf8 {
            switch c {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x5F, 0x2E, 0x7E:
                out.append(c)
            case 0x20:
                out.append(0x2B)
            default:
                out.append(0x25)
                out.append(hex[Int(c >> 4)])
                out.append(hex[Int(c & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
