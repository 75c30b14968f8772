import GoValue

/// The strvals state machine behind the `--set` family, following Helm's parser
/// step for step: Helm's quirks (what is silently ignored, which errors win, how
/// lists grow) are part of the behaviour users rely on.
struct SetValuesParser {
    /// A parse failure as Go's error chain would carry it: `wrapsEOF` stands for
    /// `errors.Is(err, io.EOF)`, which makes the whole line succeed silently.
    struct Failure: Error {
        var message: String
        var wrapsEOF: Bool
        static let eof = Failure(message: "EOF", wrapsEOF: true)
        static func text(_ message: String) -> Failure { Failure(message: message, wrapsEOF: false) }
        func wrapped(_ prefix: String) -> Failure { Failure(message: prefix + message, wrapsEOF: wrapsEOF) }
    }

    static let maxIndex = 65536
    static let maxNestedNameLevel = 30

    private var input: [Unicode.Scalar]
    private var position = 0
    private let kind: SetKind

    init(_ line: String, kind: SetKind) {
        self.input = Array(line.unicodeScalars)
        self.kind = kind
    }

    private var isLiteral: Bool { if case .literal = kind { return true } else { return false } }
    private var isJSON: Bool { if case .json = kind { return true } else { return false } }

    /// Parses the whole line into `data`; nil when the line is accepted.
    mutating func parse(into data: GoMap) -> Failure? {
        while true {
            if let failure = key(data, nestedNameLevel: 0) {
                return failure.wrapsEOF ? nil : failure
            }
        }
    }

    // MARK: reading

    private mutating func readScalar() -> Unicode.Scalar? {
        guard position < input.count else { return nil }
        defer { position += 1 }
        return input[position]
    }

    /// Reads up to one of `stop` (consumed, returned as `last`); backslash escapes the next
    /// character except in literal mode. `eof` is true when the input ran out first.
    private mutating func runesUntil(_ stop: Set<Unicode.Scalar>) -> (text: String, last: Unicode.Scalar?, eof: Bool) {
        var out = String.UnicodeScalarView()
        while true {
            guard let r = readScalar() else { return (String(out), nil, true) }
            if stop.contains(r) { return (String(out), r, false) }
            if r == "\\" && !isLiteral {
                guard let next = readScalar() else { return (String(out), nil, true) }
                out.append(next)
            } else {
                out.append(r)
            }
        }
    }

    // MARK: keys

    private mutating func key(_ data: GoMap, nestedNameLevel: Int) -> Failure? {
        do {
            return try keyBody(data, nestedNameLevel: nestedNameLevel)
        } catch let panic as TypeAssertionPanic {
            return .text("unable to parse key: \(panic.message)")
        } catch {
            return .text("\(error)")
        }
    }

    private mutating func keyBody(_ data: GoMap, nestedNameLevel: Int) throws -> Failure? {
        let stop: Set<Unicode.Scalar> = isLiteral ? ["=", "[", "."] : ["=", "[", ",", "."]
        let (k, last, eof) = runesUntil(stop)
        if eof {
            return k.isEmpty ? .eof : .text("key \(goQuote(k)) has no value")
        }
        switch last {
        case "[":
            let index: Int
            switch keyIndex() {
            case .success(let i): index = i
            case .failure(let f): return f.wrapped("error parsing index: ")
            }
            var list: [GoValue] = []
            if let existing = data[k] { list = try assertList(existing) }
            let (result, failure) = try listItem(list, index, nestedNameLevel: nestedNameLevel)
            Self.set(data, k, .list(result))
            return failure
        case "=":
            return try assignment(data, key: k)
        case ",":
            Self.set(data, k, .string(""))
            return .text("key \(goQuote(k)) has no value (cannot end with ,)")
        default: // "."
            let level = nestedNameLevel + 1
            if level > Self.maxNestedNameLevel {
                return .text("value name nested level is greater than maximum supported nested level of \(Self.maxNestedNameLevel)")
            }
            var inner = GoMap()
            if let existing = data[k] { inner = try assertMap(existing) }
            let failure = key(inner, nestedNameLevel: level)
            if failure == nil && inner.count == 0 {
                return .text("key map \(goQuote(k)) has no value")
            }
            if inner.count != 0 { Self.set(data, k, .map(inner)) }
            return failure
        }
    }

    /// The value after `key=`, set into `data`.
    private mutating func assignment(_ data: GoMap, key k: String) throws -> Failure? {
        if isLiteral {
            let rest = String(String.UnicodeScalarView(input[position...]))
            position = input.count
            Self.set(data, k, .string(rest))
            return nil
        }
        if isJSON {
            if emptyValue() {
                Self.set(data, k, .nil)
                return nil
            }
            switch jsonValue() {
            case .success(let v): Self.set(data, k, v)
            case .failure(let f): return f
            }
            _ = emptyValue()
            return nil
        }
        switch valueList() {
        case .success(let list):
            Self.set(data, k, .list(list))
            return nil
        case .failure(let f) where f.message == "EOF" && f.wrapsEOF:
            Self.set(data, k, .string(""))
            return f
        case .failure(let f) where f.message == Self.notList:
            let (text, _, _) = runesUntil([","])
            do {
                let v = try read(text)
                Self.set(data, k, v)
                return nil
            } catch {
                Self.set(data, k, .nil)
                return .text("\(error)")
            }
        case .failure(let f):
            return f
        }
    }

    private mutating func keyIndex() -> Result<Int, Failure> {
        let (text, _, eof) = runesUntil(["]"])
        if eof { return .failure(.eof) }
        guard let i = Self.atoi(text) else {
            return .failure(.text("strconv.Atoi: parsing \(goQuote(text)): " + (Self.isIntegerSyntax(text) ? "value out of range" : "invalid syntax")))
        }
        return .success(i)
    }

    // MARK: lists

    private static func setIndex(_ list: [GoValue], _ index: Int, _ value: GoValue) -> ([GoValue], Failure?) {
        if index < 0 { return (list, .text("negative \(index) index not allowed")) }
        if index > maxIndex {
            return (list, .text("index of \(index) is greater than maximum supported index of \(maxIndex)"))
        }
        var out = list
        if out.count <= index { out.append(contentsOf: repeatElement(GoValue.nil, count: index + 1 - out.count)) }
        out[index] = value
        return (out, nil)
    }

    private mutating func listItem(_ list: [GoValue], _ i: Int, nestedNameLevel: Int) throws -> ([GoValue], Failure?) {
        if i < 0 { return (list, .text("negative \(i) index not allowed")) }
        let (k, last, eof) = runesUntil(["[", ".", "="])
        if !k.isEmpty {
            return (list, .text("unexpected data at end of array index: \(goQuoteRunes(k))"))
        }
        if eof { return (list, .eof) }
        switch last {
        case "=":
            if isLiteral {
                let rest = String(String.UnicodeScalarView(input[position...]))
                position = input.count
                return Self.setIndex(list, i, .string(rest))
            }
            if isJSON {
                if emptyValue() { return Self.setIndex(list, i, .nil) }
                let value: GoValue
                switch jsonValue() {
                case .success(let v): value = v
                case .failure(let f): return (list, f)
                }
                let (out, failure) = Self.setIndex(list, i, value)
                if failure != nil { return (out, failure) }
                _ = emptyValue()
                return (out, nil)
            }
            switch valueList() {
            case .success(let values):
                return Self.setIndex(list, i, .list(values))
            case .failure(let f) where f.message == "EOF" && f.wrapsEOF:
                return Self.setIndex(list, i, .string(""))
            case .failure(let f) where f.message == Self.notList:
                let (text, _, _) = runesUntil([","])
                do {
                    return Self.setIndex(list, i, try read(text))
                } catch {
                    return (list, .text("\(error)"))
                }
            case .failure(let f):
                return (list, f)
            }
        case "[":
            let next: Int
            switch keyIndex() {
            case .success(let n): next = n
            case .failure(let f): return (list, f.wrapped("error parsing index: "))
            }
            var current: [GoValue] = []
            if list.count > i, !list[i].isNil { current = try assertList(list[i]) }
            let (inner, failure) = try listItem(current, next, nestedNameLevel: nestedNameLevel)
            if let failure { return (list, failure) }
            return Self.setIndex(list, i, .list(inner))
        default: // "."
            var list = list
            var inner = GoMap()
            if list.count > i {
                if let m = list[i].mapValue, m.valueType == .interface {
                    inner = m
                } else {
                    list[i] = .map(inner)
                }
            }
            if let failure = key(inner, nestedNameLevel: nestedNameLevel) { return (list, failure) }
            return Self.setIndex(list, i, .map(inner))
        }
    }

    // MARK: values

    private static let notList = "not a list"

    /// Consumes blanks up to a comma or the end (an empty value), or stops before anything else.
    private mutating func emptyValue() -> Bool {
        while let r = readScalar() {
            if r == "," { return true }
            if !r.properties.isWhitespace {
                position -= 1
                return false
            }
        }
        return true
    }

    private mutating func jsonValue() -> Result<GoValue, Failure> {
        var decoder = GoJSONDecoder(input, from: position)
        do {
            let v = try decoder.decodeValue()
            position = decoder.position
            return .success(v)
        } catch {
            return .failure(.text("\(error)"))
        }
    }

    /// `{a,b,c}`; fails with "not a list" (position unchanged) when the value does not start with `{`.
    private mutating func valueList() -> Result<[GoValue], Failure> {
        guard let r = readScalar() else { return .failure(.eof) }
        if r != "{" {
            position -= 1
            return .failure(.text(Self.notList))
        }
        var list: [GoValue] = []
        while true {
            let (text, last, eof) = runesUntil([",", "}"])
            if eof { return .failure(.text("list must terminate with '}'")) }
            do {
                if last == "}" {
                    if let next = readScalar(), next != "," { position -= 1 }
                    list.append(try read(text))
                    return .success(list)
                }
                list.append(try read(text))
            } catch {
                return .failure(.text("\(error)"))
            }
        }
    }

    /// Turns the text of one value into a value, as the flag's kind says.
    private func read(_ text: String) throws -> GoValue {
        switch kind {
        case .typed: return Self.typedValue(text)
        case .string, .literal, .json: return .string(text)
        case .file(let readFile): return .string(String(decoding: try readFile(text), as: UTF8.self))
        }
    }

    static func typedValue(_ s: String) -> GoValue {
        if equalFold(s, "true") { return .bool(true) }
        if equalFold(s, "false") { return .bool(false) }
        if equalFold(s, "null") { return .nil }
        if s == "0" { return .int64(0) }
        if let first = s.utf8.first, first != UInt8(ascii: "0"), let i = parseInt64(s) { return .int64(i) }
        return .string(s)
    }

    private static func set(_ data: GoMap, _ key: String, _ value: GoValue) {
        if key.isEmpty { return }
        data[key] = value
    }

    // MARK: Go's conversions

    /// `strings.EqualFold` against an ASCII word, including the one non-ASCII fold ("ſ" is "s").
    private static func equalFold(_ s: String, _ word: String) -> Bool {
        let a = Array(s.unicodeScalars), b = Array(word.unicodeScalars)
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            if x == y { continue }
            if x.value < 128, Character(x).lowercased() == String(Character(y)) { continue }
            if x == "\u{17F}" && y == "s" { continue }
            return false
        }
        return true
    }

    /// `strconv.ParseInt(s, 10, 64)`.
    static func parseInt64(_ s: String) -> Int64? {
        var digits = Substring(s)
        var negative = false
        if let f = digits.first, f == "+" || f == "-" {
            negative = f == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        var magnitude: UInt64 = 0
        for d in digits.utf8 {
            let (m, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (n, o2) = m.addingReportingOverflow(UInt64(d - 48))
            if o1 || o2 { return nil }
            magnitude = n
        }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        return magnitude > UInt64(Int64.max) ? nil : Int64(magnitude)
    }

    /// `strconv.Atoi` on a 64-bit platform.
    static func atoi(_ s: String) -> Int? { parseInt64(s).map { Int($0) } }

    private static func isIntegerSyntax(_ s: String) -> Bool {
        var t = Substring(s)
        if let f = t.first, f == "+" || f == "-" { t = t.dropFirst() }
        return !t.isEmpty && t.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    // MARK: Go's type assertions

    /// What Go's runtime says when `x.(T)` fails; strvals recovers it as an error.
    struct TypeAssertionPanic: Error { var message: String }

    private func assertList(_ v: GoValue) throws -> [GoValue] {
        if let s = v.sliceValue, s.elementType == .interface { return s.elements }
        throw TypeAssertionPanic(message: "interface conversion: interface {} is \(dynamicTypeName(v)), not []interface {}")
    }

    private func assertMap(_ v: GoValue) throws -> GoMap {
        if let m = v.mapValue, m.valueType == .interface { return m }
        throw TypeAssertionPanic(message: "interface conversion: interface {} is \(dynamicTypeName(v)), not map[string]interface {}")
    }

    private func dynamicTypeName(_ v: GoValue) -> String { v.type.map { "\($0)" } ?? "nil" }
}
