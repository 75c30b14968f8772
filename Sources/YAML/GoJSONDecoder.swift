import GoValue

/// Go's `encoding/json` decoding into `interface{}` (numbers float64), with Go's
/// syntax-error texts, for `fromJson`, `fromJsonArray` and `--set-json`.
struct GoJSONDecoder {
    private let b: [UInt8]
    private var i = 0
    private var depth = 0
    /// The first type error (a number out of float64 range), reported after the whole decode.
    private(set) var savedError: YAMLError?
    static let maxDepth = 10000

    init(_ text: String) { b = Array(text.utf8) }

    /// Parses one JSON value and checks nothing but whitespace follows. Syntax errors
    /// throw; a type error comes back beside the (partial) value, as Go reports it last.
    static func decodeReportingTypeError(_ text: String) throws -> (GoValue, YAMLError?) {
        var d = GoJSONDecoder(text)
        d.skipSpace()
        if d.i >= d.b.count { throw eofError() }
        let v = try d.value()
        d.skipSpace()
        if d.i < d.b.count { throw d.invalid("after top-level value") }
        return (v, d.savedError)
    }

    /// Parses one JSON value into `interface{}`; any error throws.
    static func decode(_ text: String) throws -> GoValue {
        let (v, err) = try decodeReportingTypeError(text)
        if let err { throw err }
        return v
    }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
    }

    /// Go's `invalid character ...` error; at the end of input Go's scanner has fed a
    /// space, so the character reads `' '`.
    private func invalid(_ context: String) -> YAMLError {
        if i >= b.count { return YAMLError(message: "invalid character ' ' \(context)") }
        return YAMLError(message: "invalid character \(Self.quoteChar(at: i, in: b)) \(context)")
    }

    private static func eofError() -> YAMLError { YAMLError(message: "unexpected end of JSON input") }
    private func eof() -> YAMLError { Self.eofError() }

    static func quoteChar(at i: Int, in b: [UInt8]) -> String {
        let c = b[i]
        if c == UInt8(ascii: "'") { return "'\\''" }
        if c == UInt8(ascii: "\"") { return "'\"'" }
        var end = i + 1
        if c >= 0x80 { while end < b.count, b[end] & 0xC0 == 0x80, end - i < 4 { end += 1 } }
        let s = String(decoding: b[i..<end], as: UTF8.self)
        let q = GoQuote.quote(s)
        return "'" + q.dropFirst().dropLast() + "'"
    }

    private mutating func value() throws -> GoValue {
        guard i < b.count else { throw eof() }
        switch b[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw invalid("looking for beginning of value")
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        for (k, c) in w.enumerated() {
            if i >= b.count || b[i] != c {
                throw invalid("in literal \(word) (expecting '\(Character(Unicode.Scalar(w[k])))')")
            }
            i += 1
        }
    }

    private mutating func number() throws -> GoValue {
        let start = i
        if b[i] == UInt8(ascii: "-") {
            i += 1
            guard i < b.count, b[i] >= 48 && b[i] <= 57 else { throw invalid("in numeric literal") }
        }
        if b[i] == UInt8(ascii: "0") { i += 1 } else { while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 } }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < b.count, b[i] >= 48 && b[i] <= 57 else { throw invalid("after decimal point in numeric literal") }
            while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < b.count, b[i] >= 48 && b[i] <= 57 else { throw invalid("in exponent of numeric literal") }
            while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
        }
        let text = String(decoding: b[start..<i], as: UTF8.self)
        guard let d = Double(text), d.isFinite else {
            // A type error: Go keeps decoding and reports the first one at the end.
            if savedError == nil {
                savedError = YAMLError(message: "json: cannot unmarshal number \(text) into Go value of type float64")
            }
            // Inside a container the element stays nil; at the top level the caller still
            // needs to see a number to report the kind mismatch Go reports first.
            return depth == 0 ? .float64(.infinity) : .nil
        }
        return .float64(d)
    }

    private mutating func hex4() throws -> UInt32? {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard i < b.count else { throw invalid("in \\u hexadecimal character escape") }
            let c = b[i]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 97...102: d = UInt32(c - 87)
            case 65...70: d = UInt32(c - 55)
            default: throw invalid("in \\u hexadecimal character escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    private mutating func string() throws -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < b.count else { throw eof() }
            let c = b[i]
            if c == UInt8(ascii: "\"") { i += 1; break }
            if c < 0x20 { throw invalid("in string literal") }
            if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
            i += 1
            guard i < b.count else { throw invalid("in string escape code") }
            let e = b[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var r = try hex4()!
                if r >= 0xD800 && r < 0xDC00 {
                    // A high surrogate needs a following \u low surrogate.
                    if i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
                        let save = i
                        i += 2
                        let lo = try hex4()!
                        if lo >= 0xDC00 && lo < 0xE000 {
                            r = 0x10000 + ((r - 0xD800) << 10) + (lo - 0xDC00)
                        } else {
                            i = save
                            r = 0xFFFD
                        }
                    } else {
                        r = 0xFFFD
                    }
                } else if r >= 0xDC00 && r < 0xE000 {
                    r = 0xFFFD
                }
                out.append(contentsOf: String(Character(Unicode.Scalar(r)!)).utf8)
            default:
                i -= 1
                throw invalid("in string escape code")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maxDepth { throw YAMLError(message: "exceeded max depth") }
    }

    private mutating func array() throws -> GoValue {
        try enter(); defer { depth -= 1 }
        i += 1
        var items: [GoValue] = []
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .slice(GoSlice(items)) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard i < b.count else { throw eof() }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "]") { i += 1; break }
            throw invalid("after array element")
        }
        return .slice(GoSlice(items))
    }

    private mutating func object() throws -> GoValue {
        try enter(); defer { depth -= 1 }
        i += 1
        var entries: [String: GoValue] = [:]
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .map(GoMap(entries)) }
        while true {
            skipSpace()
            guard i < b.count else { throw eof() }
            guard b[i] == UInt8(ascii: "\"") else { throw invalid("looking for beginning of object key string") }
            let key = try string()
            skipSpace()
            guard i < b.count else { throw eof() }
            guard b[i] == UInt8(ascii: ":") else { throw invalid("after object key") }
            i += 1
            skipSpace()
            entries[key] = try value()
            skipSpace()
            guard i < b.count else { throw eof() }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { i += 1; break }
            throw invalid("after object key:value pair")
        }
        return .map(GoMap(entries))
    }
}
