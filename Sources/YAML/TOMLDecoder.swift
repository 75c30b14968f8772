import GoValue

/// A TOML 1.0 reader producing what BurntSushi/toml gives `map[string]interface{}`:
/// int64 integers, float64 floats, `[]map[string]interface {}` for arrays of tables,
/// date-times as `TOMLDateTime` objects. Error texts follow BurntSushi's shape
/// (`toml: line 3 (last key "a"): ...`) but are only exact for the common cases.
struct TOMLDecoder {
    private let b: [UInt8]
    private var i = 0
    private var line = 1
    private var root = GoMap()
    /// The table `[a.b]` currently being filled.
    private var current: GoMap
    private var lastKey: [String] = []
    /// Tables created by a header or as a value, which may not be opened again.
    private var defined = Set<ObjectIdentifier>()
    /// Inline tables and arrays: sealed against later additions.
    private var sealed = Set<ObjectIdentifier>()

    init(_ text: String) {
        b = Array(text.utf8)
        current = root
    }

    static func decode(_ text: String) throws -> GoMap {
        var d = TOMLDecoder(text)
        try d.document()
        return d.root
    }

    // MARK: errors

    private func error(_ msg: String) -> YAMLError {
        if lastKey.isEmpty { return YAMLError(message: "toml: line \(line): \(msg)", line: line) }
        let key = lastKey.joined(separator: ".")
        return YAMLError(message: "toml: line \(line) (last key \(GoQuote.quote(key))): \(msg)", line: line)
    }

    private func found() -> String {
        guard i < b.count else { return "end of file" }
        return rune()
    }

    /// Go's `%q` of the rune at the cursor: `'b'`.
    private func rune() -> String {
        guard i < b.count else { return "end of file" }
        let end = min(b.count, i + max(ScalarAnalysis.width(b[i]), 1))
        let q = GoQuote.quote(String(decoding: b[i..<end], as: UTF8.self))
        if q == "\"'\"" { return "'\\''" }
        return "'" + q.dropFirst().dropLast().replacingQuote() + "'"
    }

    // MARK: lexing helpers

    private var peek: UInt8? { i < b.count ? b[i] : nil }

    private mutating func skipBlanks() {
        while let c = peek, c == 0x20 || c == 0x09 { i += 1 }
    }

    private mutating func skipComment() {
        if peek == UInt8(ascii: "#") { while let c = peek, c != 0x0A { i += 1 } }
    }

    /// Skips whitespace, newlines and comments (inside arrays).
    private mutating func skipAll() {
        while let c = peek {
            if c == 0x20 || c == 0x09 || c == 0x0D { i += 1 }
            else if c == 0x0A { i += 1; line += 1 }
            else if c == UInt8(ascii: "#") { skipComment() }
            else { break }
        }
    }

    private mutating func endOfLine() throws {
        skipBlanks()
        skipComment()
        if peek == 0x0D { i += 1 }
        guard let c = peek else { return }
        guard c == 0x0A else {
            lastKey = []
            throw error("expected a top-level item to end with a newline, comment, or EOF, but got \(found()) instead")
        }
        i += 1
        line += 1
    }

    // MARK: document

    private mutating func document() throws {
        while true {
            skipAll()
            guard let c = peek else { return }
            if c == UInt8(ascii: "[") {
                if i + 1 < b.count, b[i + 1] == UInt8(ascii: "[") {
                    i += 2
                    let key = try keyPath(end: UInt8(ascii: "]"))
                    guard peek == UInt8(ascii: "]"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "]") else {
                        throw error("expected ']]' but found \(found())")
                    }
                    i += 2
                    try openArrayTable(key)
                } else {
                    i += 1
                    let key = try keyPath(end: UInt8(ascii: "]"))
                    guard peek == UInt8(ascii: "]") else { throw error("expected ']' but found \(found())") }
                    i += 1
                    try openTable(key)
                }
                try endOfLine()
            } else {
                try keyValue(into: current)
                try endOfLine()
            }
        }
    }

    private mutating func keyPath(end: UInt8) throws -> [String] {
        var parts: [String] = []
        while true {
            skipBlanks()
            parts.append(try simpleKey())
            skipBlanks()
            if peek == UInt8(ascii: ".") { i += 1; continue }
            return parts
        }
    }

    private mutating func simpleKey() throws -> String {
        guard let c = peek else { throw error("unexpected EOF; expected key") }
        if c == UInt8(ascii: "\"") { return try basicString() }
        if c == UInt8(ascii: "'") { return try literalString() }
        let start = i
        while let c = peek, (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 95 || c == 45 { i += 1 }
        if i == start {
            if c == UInt8(ascii: "=") { throw error("unexpected '=': key name appears blank") }
            throw error("bare keys cannot contain \(found())")
        }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    /// Walks `path` from the root, creating implicit tables; arrays of tables resolve to their last element.
    private mutating func table(at path: [String], from start: GoMap) throws -> GoMap {
        var t = start
        for k in path {
            switch t.entries[k] {
            case nil:
                let n = GoMap()
                t.entries[k] = .map(n)
                t = n
            case .map(let m)?:
                t = m
            case .slice(let s)? where s.elementType != .interface:
                guard case .map(let m)? = s.elements.last else { throw error("Key '\(k)' has already been defined.") }
                t = m
            default:
                throw error("Key '\(k)' has already been defined.")
            }
        }
        return t
    }

    private mutating func openTable(_ key: [String]) throws {
        lastKey = Array(key.dropLast())
        let parent = try table(at: Array(key.dropLast()), from: root)
        let k = key.last!
        switch parent.entries[k] {
        case nil:
            let n = GoMap()
            parent.entries[k] = .map(n)
            defined.insert(ObjectIdentifier(n))
            current = n
        case .map(let m)?:
            if defined.contains(ObjectIdentifier(m)) {
                throw error("Key '\(key.joined(separator: "."))' has already been defined.")
            }
            defined.insert(ObjectIdentifier(m))
            current = m
        default:
            throw error("Key '\(key.joined(separator: "."))' has already been defined.")
        }
    }

    private mutating func openArrayTable(_ key: [String]) throws {
        lastKey = Array(key.dropLast())
        let parent = try table(at: Array(key.dropLast()), from: root)
        let k = key.last!
        let n = GoMap()
        switch parent.entries[k] {
        case nil:
            parent.entries[k] = .slice(GoSlice([.map(n)], elementType: .map(key: .string, value: .interface)))
        case .slice(var s)? where s.elementType != .interface:
            s.elements.append(.map(n))
            parent.entries[k] = .slice(s)
        default:
            throw error("Key '\(key.joined(separator: "."))' has already been defined.")
        }
        current = n
    }

    private mutating func keyValue(into t: GoMap) throws {
        let key = try keyPath(end: UInt8(ascii: "="))
        lastKey = key
        skipBlanks()
        guard peek == UInt8(ascii: "=") else { throw error("expected key separator '=', but got \(found()) instead") }
        i += 1
        skipBlanks()
        let target = try table(at: Array(key.dropLast()), from: t)
        let k = key.last!
        let v = try value()
        if target.entries[k] != nil { throw error("Key '\(key.joined(separator: "."))' has already been defined.") }
        target.entries[k] = v
    }

    // MARK: values

    private mutating func value() throws -> GoValue {
        guard let c = peek else { throw error("unexpected EOF; expected value") }
        switch c {
        case UInt8(ascii: "\""):
            if hasPrefix("\"\"\"") { return .string(try multilineBasic()) }
            return .string(try basicString())
        case UInt8(ascii: "'"):
            if hasPrefix("'''") { return .string(try multilineLiteral()) }
            return .string(try literalString())
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "{"): return try inlineTable()
        case UInt8(ascii: "t"):
            if hasPrefix("true") { i += 4; return .bool(true) }
        case UInt8(ascii: "f"):
            if hasPrefix("false") { i += 5; return .bool(false) }
        default: break
        }
        return try scalarWord()
    }

    private func hasPrefix(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard i + u.count <= b.count else { return false }
        return Array(b[i..<i + u.count]) == u
    }

    private mutating func scalarWord() throws -> GoValue {
        let start = i
        while let c = peek, c != 0x20, c != 0x09, c != 0x0A, c != 0x0D, c != UInt8(ascii: ","), c != UInt8(ascii: "]"),
              c != UInt8(ascii: "}"), c != UInt8(ascii: "#") {
            i += 1
        }
        // A local date followed by a space and a time is one date-time.
        var word = String(decoding: b[start..<i], as: UTF8.self)
        if word.utf8.count == 10, peek == 0x20, i + 1 < b.count, b[i + 1] >= 48, b[i + 1] <= 57 {
            var j = i + 1
            while j < b.count, b[j] != 0x20, b[j] != 0x0A, b[j] != 0x0D, b[j] != UInt8(ascii: ","), b[j] != UInt8(ascii: "]"),
                  b[j] != UInt8(ascii: "}"), b[j] != UInt8(ascii: "#") { j += 1 }
            let candidate = word + "T" + String(decoding: b[(i + 1)..<j], as: UTF8.self)
            if TOMLDateTime(candidate) != nil { word = candidate; i = j }
        }
        if word.isEmpty { throw error("expected value but found \(found()) instead") }
        if let v = Self.number(word) { return v }
        if let dt = TOMLDateTime(word) { return .object(dt) }
        throw error(Self.numberProblem(word) ?? "expected value but found \(GoQuote.quote(word)) instead")
    }

    /// BurntSushi's complaint about a word that looks numeric or like a date but is not valid.
    static func numberProblem(_ w: String) -> String? {
        let u = Array(w.utf8)
        let q = GoQuote.quote(w)
        if u.first == UInt8(ascii: ".") { return "floats must start with a digit, not '.'" }
        if u.count >= 5, u[4] == UInt8(ascii: "-") || (u.count >= 3 && u[2] == UInt8(ascii: ":")) {
            return "invalid datetime: \(q)"
        }
        let isIntChars = u.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        let digits = u.drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        if isIntChars, let f = digits.first, f >= 48, f <= 57 {
            if w.contains("__") || w.hasSuffix("_") || w.contains("_-") || w.contains("-_") {
                return "Invalid integer \(q): underscores must be surrounded by digits"
            }
            if digits.count > 1 && f == 48 { return "Invalid integer \(q): cannot have leading zeroes" }
            return "\(w) is out of range for int64"
        }
        if let f = digits.first, f >= 48, f <= 57 {
            if w.hasSuffix(".") || w.contains(".e") || w.contains(".E") {
                return "Invalid float \(q): '.' must be followed by one or more digits"
            }
            let plain = String(decoding: u.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
            if GoNumberParsing.isYAMLStyleFloat(plain), Double(plain)?.isInfinite == true {
                return "\(w) is out of range for float64"
            }
            return "Invalid float value: \(q)"
        }
        return nil
    }

    static func number(_ w: String) -> GoValue? {
        switch w {
        case "inf", "+inf": return .float64(.infinity)
        case "-inf": return .float64(-.infinity)
        case "nan", "+nan": return .float64(.nan)
        case "-nan": return .float64(-Double.nan)
        default: break
        }
        let u = Array(w.utf8)
        // Underscores only between digits.
        for (k, c) in u.enumerated() where c == UInt8(ascii: "_") {
            func isAlnum(_ x: UInt8) -> Bool { (x >= 48 && x <= 57) || ((x | 0x20) >= 97 && (x | 0x20) <= 102) }
            if k == 0 || k == u.count - 1 || !isAlnum(u[k - 1]) || !isAlnum(u[k + 1]) { return nil }
        }
        let plain = String(decoding: u.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        if plain.hasPrefix("0x") || plain.hasPrefix("0o") || plain.hasPrefix("0b") {
            let radix = plain.hasPrefix("0x") ? 16 : plain.hasPrefix("0o") ? 8 : 2
            guard let v = GoNumberParsing.parseInt(String(plain.dropFirst(2)), radix: radix), !plain.dropFirst(2).hasPrefix("+"),
                  !plain.dropFirst(2).hasPrefix("-") else { return nil }
            return .int64(v)
        }
        let digits = plain.hasPrefix("+") || plain.hasPrefix("-") ? plain.dropFirst() : Substring(plain)
        guard let first = digits.first, first.isASCII, first.isNumber else { return nil }
        // No leading zeros on decimal numbers.
        if digits.count > 1, first == "0", let second = digits.dropFirst().first, second.isNumber { return nil }
        if digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return GoNumberParsing.parseInt(plain, radix: 10).map { .int64($0) }
        }
        guard GoNumberParsing.isYAMLStyleFloat(plain), !plain.hasSuffix("."), !plain.contains(".e"), !plain.contains(".E"),
              !digits.hasPrefix("."), let d = GoNumberParsing.parseFloat(plain) else { return nil }
        return .float64(d)
    }

    private mutating func array() throws -> GoValue {
        i += 1
        var items: [GoValue] = []
        while true {
            skipAll()
            guard let c = peek else { throw error("unexpected EOF; expected array value") }
            if c == UInt8(ascii: "]") { i += 1; break }
            items.append(try value())
            skipAll()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "]") { i += 1; break }
            throw error("expected a comma (',') or array terminator (']'), but got \(found())")
        }
        return .slice(GoSlice(items))
    }

    private mutating func inlineTable() throws -> GoValue {
        i += 1
        let t = GoMap()
        skipBlanks()
        if peek == UInt8(ascii: "}") { i += 1; sealed.insert(ObjectIdentifier(t)); return .map(t) }
        let saved = lastKey
        while true {
            skipBlanks()
            try keyValue(into: t)
            skipBlanks()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "}") { i += 1; break }
            throw error("expected a comma or an inline table terminator '}', but got \(found()) instead")
        }
        lastKey = saved
        sealed.insert(ObjectIdentifier(t))
        return .map(t)
    }

    // MARK: strings

    private mutating func literalString() throws -> String {
        i += 1
        let start = i
        while let c = peek, c != UInt8(ascii: "'") {
            if c == 0x0A { throw error("strings cannot contain newlines") }
            i += 1
        }
        guard peek != nil else { throw error("unexpected EOF; expected \"'\"") }
        let s = String(decoding: b[start..<i], as: UTF8.self)
        i += 1
        return s
    }

    private mutating func multilineLiteral() throws -> String {
        i += 3
        if peek == 0x0D { i += 1 }
        if peek == 0x0A { i += 1; line += 1 }
        let start = i
        while i < b.count {
            if hasPrefix("'''") {
                var end = i + 3
                while end < b.count, b[end] == UInt8(ascii: "'"), end - i < 5 { end += 1 }
                let s = String(decoding: b[start..<(end - 3)], as: UTF8.self)
                i = end
                return s
            }
            if b[i] == 0x0A { line += 1 }
            i += 1
        }
        throw error("unexpected EOF; expected \"'''\"")
    }

    private mutating func escape(into out: inout [UInt8]) throws {
        i += 1
        guard let e = peek else { throw error("unexpected EOF") }
        i += 1
        switch e {
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "e"): out.append(0x1B)
        case UInt8(ascii: "\""): out.append(e)
        case UInt8(ascii: "\\"): out.append(e)
        case UInt8(ascii: "u"), UInt8(ascii: "U"), UInt8(ascii: "x"):
            let n = e == UInt8(ascii: "u") ? 4 : e == UInt8(ascii: "U") ? 8 : 2
            guard i + n <= b.count, let v = UInt32(String(decoding: b[i..<i + n], as: UTF8.self), radix: 16),
                  let u = Unicode.Scalar(v) else {
                throw error("invalid escape: '\\\(Character(Unicode.Scalar(e)))'")
            }
            i += n
            out.append(contentsOf: String(Character(u)).utf8)
        default:
            throw error("invalid escape in string '\\\(Character(Unicode.Scalar(e)))'")
        }
    }

    private mutating func basicString() throws -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard let c = peek else { throw error("unexpected EOF; expected '\"'") }
            if c == UInt8(ascii: "\"") { i += 1; break }
            if c == 0x0A { throw error("strings cannot contain newlines") }
            if c == UInt8(ascii: "\\") { try escape(into: &out); continue }
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func multilineBasic() throws -> String {
        i += 3
        if peek == 0x0D { i += 1 }
        if peek == 0x0A { i += 1; line += 1 }
        var out: [UInt8] = []
        while i < b.count {
            if hasPrefix("\"\"\"") {
                var end = i + 3
                while end < b.count, b[end] == UInt8(ascii: "\""), end - i < 5 { end += 1 }
                out.append(contentsOf: repeatElement(UInt8(ascii: "\""), count: end - i - 3))
                i = end
                return String(decoding: out, as: UTF8.self)
            }
            let c = b[i]
            if c == UInt8(ascii: "\\") {
                // A line-ending backslash trims the newline and the whitespace after it.
                var j = i + 1
                while j < b.count, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D { j += 1 }
                if j < b.count, b[j] == 0x0A {
                    i = j
                    while let d = peek, d == 0x20 || d == 0x09 || d == 0x0A || d == 0x0D {
                        if d == 0x0A { line += 1 }
                        i += 1
                    }
                    continue
                }
                try escape(into: &out)
                continue
            }
            if c == 0x0A { line += 1 }
            out.append(c)
            i += 1
        }
        throw error("unexpected EOF; expected '\"\"\"'")
    }
}

private extension Substring {
    /// `%q` of a rune writes `'` as `\'` but `"` bare.
    func replacingQuote() -> String {
        var o = ""
        var it = makeIterator()
        while let c = it.next() {
            if c == "\\" , let n = it.next() {
                o.append(n == "\"" ? "\"" : "\\" + String(n))
            } else {
                o.append(c == "'" ? "\\'" : String(c))
            }
        }
        return o
    }
}
