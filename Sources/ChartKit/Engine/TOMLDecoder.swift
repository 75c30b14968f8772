import GoValue

/// `fromToml`: the common part of TOML as BurntSushi/toml decodes it into
/// `map[string]interface{}` — integers `int64`, floats `float64`, strings, booleans,
/// arrays, inline tables, `[tables]` and `[[arrays of tables]]`.
struct TOMLDecoder {
    struct Failure: Error, CustomStringConvertible { var description: String }

    private var s: [Unicode.Scalar]
    private var i = 0
    private var line = 1
    private var lastKey = ""

    static func decode(_ text: String) throws -> GoMap {
        var d = TOMLDecoder(s: Array(text.unicodeScalars))
        return try d.document()
    }

    private init(s: [Unicode.Scalar]) { self.s = s }

    private func fail(_ message: String) -> Failure {
        Failure(description: "toml: line \(line)" + (lastKey.isEmpty ? "" : " (last key \(goQuote(lastKey)))") + ": " + message)
    }

    private var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

    private mutating func skipBlank(newlines: Bool) {
        while let c = peek {
            if c == " " || c == "\t" || c == "\r" { i += 1 } else if c == "#" {
                while let d = peek, d != "\n" { _ = d; i += 1 }
            } else if newlines && c == "\n" { line += 1; i += 1 } else { break }
        }
    }

    private mutating func document() throws -> GoMap {
        let root = GoMap()
        var current = root
        while true {
            skipBlank(newlines: true)
            guard let c = peek else { return root }
            if c == "[" {
                i += 1
                let array = peek == "["
                if array { i += 1 }
                skipBlank(newlines: false)
                let path = try keyPath()
                skipBlank(newlines: false)
                guard peek == "]" else { throw fail("expected ']'") }
                i += 1
                if array {
                    guard peek == "]" else { throw fail("expected ']]'") }
                    i += 1
                }
                current = try open(path, in: root, array: array)
            } else {
                let path = try keyPath()
                skipBlank(newlines: false)
                guard peek == "=" else { throw fail("expected '=' after key") }
                i += 1
                skipBlank(newlines: false)
                let v = try value()
                try assign(path, v, in: current)
            }
            skipBlank(newlines: false)
            if let c = peek, c != "\n" { throw fail("expected a newline after a value, found \(goQuote(String(c)))") }
        }
    }

    private mutating func open(_ path: [String], in root: GoMap, array: Bool) throws -> GoMap {
        var table = root
        for (n, key) in path.enumerated() {
            let last = n == path.count - 1
            switch table[key] {
            case nil:
                if last && array {
                    let fresh = GoMap()
                    table[key] = .slice(GoSlice([.map(fresh)], elementType: .map(key: .string, value: .interface)))
                    return fresh
                }
                let fresh = GoMap()
                table[key] = .map(fresh)
                table = fresh
            case .map(let m)?:
                if last && array { throw fail("key \(goQuote(key)) is already defined as a table") }
                table = m
            case .slice(var list)?:
                if last && array {
                    let fresh = GoMap()
                    list.elements.append(.map(fresh))
                    table[key] = .slice(list)
                    return fresh
                }
                guard case .map(let m)? = list.elements.last else { throw fail("key \(goQuote(key)) is not a table") }
                table = m
            default:
                throw fail("key \(goQuote(key)) is already defined")
            }
        }
        return table
    }

    private mutating func assign(_ path: [String], _ v: GoValue, in table: GoMap) throws {
        var t = table
        for key in path.dropLast() {
            if case .map(let m)? = t[key] { t = m } else if t[key] == nil {
                let fresh = GoMap(); t[key] = .map(fresh); t = fresh
            } else { throw fail("key \(goQuote(key)) is already defined") }
        }
        let key = path[path.count - 1]
        if t[key] != nil { throw fail("key \(goQuote(key)) is already defined") }
        t[key] = v
    }

    private mutating func keyPath() throws -> [String] {
        var parts: [String] = []
        while true {
            skipBlank(newlines: false)
            guard let c = peek else { throw fail("unexpected EOF; expected key") }
            if c == "\"" { parts.append(try basicString()) } else if c == "'" { parts.append(try literalString()) } else {
                var k = ""
                while let d = peek, d.isASCII, d.properties.isAlphabetic || ("0"..."9").contains(d) || d == "_" || d == "-" {
                    k.unicodeScalars.append(d); i += 1
                }
                if k.isEmpty { throw fail("bare keys cannot contain \(goQuote(String(c)))") }
                parts.append(k)
            }
            lastKey = parts.joined(separator: ".")
            skipBlank(newlines: false)
            if peek == "." { i += 1 } else { return parts }
        }
    }

    private mutating func value() throws -> GoValue {
        guard let c = peek else { throw fail("unexpected EOF; expected value") }
        switch c {
        case "\n": throw fail("unexpected newline; expected value")
        case "\"": return .string(try basicString())
        case "'": return .string(try literalString())
        case "[":
            i += 1
            var items: [GoValue] = []
            while true {
                skipBlank(newlines: true)
                if peek == "]" { i += 1; break }
                items.append(try value())
                skipBlank(newlines: true)
                if peek == "," { i += 1 } else if peek == "]" { i += 1; break } else { throw fail("expected ',' or ']'") }
            }
            return .list(items)
        case "{":
            i += 1
            let table = GoMap()
            skipBlank(newlines: false)
            if peek == "}" { i += 1; return .map(table) }
            while true {
                let path = try keyPath()
                skipBlank(newlines: false)
                guard peek == "=" else { throw fail("expected '='") }
                i += 1
                skipBlank(newlines: false)
                try assign(path, try value(), in: table)
                skipBlank(newlines: false)
                if peek == "," { i += 1 } else if peek == "}" { i += 1; return .map(table) } else { throw fail("expected ',' or '}'") }
            }
        default:
            var word = ""
            while let d = peek, !(d == "," || d == "]" || d == "}" || d == "\n" || d == "#" || d == " " || d == "\t" || d == "\r") {
                word.unicodeScalars.append(d); i += 1
            }
            if word == "true" { return .bool(true) }
            if word == "false" { return .bool(false) }
            let digits = word.replacingOccurrences(of: "_", with: "")
            if let n = Int64(digits) { return .int64(n) }
            if digits.hasPrefix("0x"), let n = Int64(digits.dropFirst(2), radix: 16) { return .int64(n) }
            if digits.hasPrefix("0o"), let n = Int64(digits.dropFirst(2), radix: 8) { return .int64(n) }
            if digits.hasPrefix("0b"), let n = Int64(digits.dropFirst(2), radix: 2) { return .int64(n) }
            if digits == "inf" || digits == "+inf" { return .float64(.infinity) }
            if digits == "-inf" { return .float64(-.infinity) }
            if digits.hasSuffix("nan") { return .float64(.nan) }
            if let d = Double(digits), digits.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) { return .float64(d) }
            if word.count >= 10, word.first?.isNumber == true, word.contains("-") { return .string(word) }
            throw fail("expected value but found \(goQuote(word)) instead")
        }
    }

    private mutating func basicString() throws -> String {
        if s.count >= i + 3, s[i] == "\"", s[i + 1] == "\"", s[i + 2] == "\"" {
            i += 3
            if peek == "\n" { i += 1; line += 1 }
            var out = ""
            while true {
                guard let c = peek else { throw fail("unexpected EOF in multi-line string") }
                if c == "\"", s.count >= i + 3, s[i + 1] == "\"", s[i + 2] == "\"" { i += 3; return out }
                if c == "\\" {
                    i += 1
                    if peek == "\n" || peek == " " || peek == "\t" || peek == "\r" {
                        while let d = peek, d == "\n" || d == " " || d == "\t" || d == "\r" { if d == "\n" { line += 1 }; i += 1 }
                        continue
                    }
                    out.unicodeScalars.append(try escape())
                    continue
                }
                if c == "\n" { line += 1 }
                out.unicodeScalars.append(c); i += 1
            }
        }
        i += 1
        var out = ""
        while true {
            guard let c = peek, c != "\n" else { throw fail("unexpected EOF; expected '\"'") }
            i += 1
            if c == "\"" { return out }
            if c == "\\" { out.unicodeScalars.append(try escape()); continue }
            out.unicodeScalars.append(c)
        }
    }

    private mutating func escape() throws -> Unicode.Scalar {
        guard let c = peek else { throw fail("unexpected EOF in escape") }
        i += 1
        switch c {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let n = c == "u" ? 4 : 8
            guard s.count >= i + n, let v = UInt32(String(String.UnicodeScalarView(s[i..<i + n])), radix: 16),
                  let u = Unicode.Scalar(v) else { throw fail("invalid escape") }
            i += n
            return u
        default: throw fail("invalid escape character \(goQuote(String(c)))")
        }
    }

    private mutating func literalString() throws -> String {
        i += 1
        var out = ""
        while true {
            guard let c = peek, c != "\n" else { throw fail("unexpected EOF; expected \"'\"") }
            i += 1
            if c == "'" { return out }
            out.unicodeScalars.append(c)
        }
    }
}
