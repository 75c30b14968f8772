import GoValue

/// Reflection-level helpers shared by the core Sprig families: Go's `%T`, `reflect.Kind`,
/// `reflect.DeepEqual`, Sprig's `empty` and `strval`, and the runtime panics Go reports.
enum SprigCoreValues {
    /// The panic Go raises when Sprig calls `reflect.TypeOf(nil).Kind()`.
    static let nilDereference = GoCallError("runtime error: invalid memory address or nil pointer dereference")

    /// `fmt.Sprintf("%T", v)`.
    static func typeName(_ value: GoValue) -> String { value.type?.description ?? "<nil>" }

    /// `reflect.ValueOf(v).Kind().String()`.
    static func kindName(_ value: GoValue) -> String { value.kind.rawValue }

    /// Sprig's `strval`: strings as they are, `[]byte` as text, everything else `%v`.
    static func strval(_ value: GoValue) -> String {
        switch value {
        case .string(let s): return s
        case .object(let o as GoByteString): return o.text  // Go's U+FFFD per invalid byte, as strings.* see it
        case .slice(let s) where s.elementType == .uint8:
            return GoByteString.replacingInvalid(s.elements.map { UInt8(truncatingIfNeeded: SprigCast.toInt64($0)) })
        default: return GoFmt.formatValue(value)
        }
    }

    /// Sprig's `empty`: nil, zero numbers, false, and empty strings and collections.
    static func isEmpty(_ value: GoValue) -> Bool { !value.isTruthy }

    /// The elements of a slice, or nil when the value is not a slice (Sprig's
    /// `reflect.Slice, reflect.Array` check).
    static func elements(_ value: GoValue) -> [GoValue]? {
        if case .slice(let s) = value { return s.elements }
        return nil
    }

    /// Sprig's list functions first ask `reflect.TypeOf(list).Kind()`: nil panics, and
    /// a non-list is reported with the kind name in `message`.
    static func requireList(_ value: GoValue, _ message: (String) -> String) throws -> [GoValue] {
        if value.isNil { throw nilDereference }
        guard let list = elements(value) else { throw GoCallError(message(kindName(value))) }
        return list
    }

    /// `reflect.DeepEqual` on two interface values: same dynamic type, then equal contents.
    static func deepEqual(_ a: GoValue, _ b: GoValue) -> Bool {
        switch (a, b) {
        case (.nil, .nil): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.int64(let x), .int64(let y)): return x == y
        case (.float64(let x), .float64(let y)): return x == y
        case (.float32(let x), .float32(let y)): return x == y
        case (.uint64(let x), .uint64(let y)): return x == y
        case (.integer(let x, let t), .integer(let y, let u)): return t == u && x == y
        case (.slice(let x), .slice(let y)):
            guard x.elementType == y.elementType, x.isNil == y.isNil, x.count == y.count else { return false }
            return zip(x.elements, y.elements).allSatisfy { deepEqual($0, $1) }
        case (.map(let x), .map(let y)):
            if x === y { return true }
            guard x.valueType == y.valueType, x.isNil == y.isNil, x.count == y.count else { return false }
            for (k, v) in x.entries {
                guard let w = y.entries[k], deepEqual(v, w) else { return false }
            }
            return true
        case (.object(let x), .object(let y)): return x === y
        default: return false
        }
    }

    /// Go's `unicode.IsSpace`.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Go's `unicode.IsUpper` (category Lu).
    static func isUpper(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .uppercaseLetter }
    /// Go's `unicode.IsLower` (category Ll).
    static func isLower(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .lowercaseLetter }
    /// Go's `unicode.IsTitle` (category Lt).
    static func isTitle(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .titlecaseLetter }

    /// Go's `unicode.IsLetter` (category L).
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit` (category Nd).
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .decimalNumber }

    /// Go's `unicode.IsNumber` (category N).
    static func isNumber(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// Go's `unicode.IsPunct` (category P).
    static func isPunct(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// Go's `unicode.ToUpper`: the simple one-to-one mapping (no `ß` → `SS`).
    static func toUpper(_ c: Unicode.Scalar) -> Unicode.Scalar { simple(c.properties.uppercaseMapping, c) }
    /// Go's `unicode.ToLower`.
    static func toLower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        // U+0130's full lowering adds a combining dot; its simple mapping (Go's) is plain `i`.
        c == "\u{130}" ? "i" : simple(c.properties.lowercaseMapping, c)
    }
    /// Go's `unicode.ToTitle`.
    static func toTitle(_ c: Unicode.Scalar) -> Unicode.Scalar { simple(c.properties.titlecaseMapping, c) }

    private static func simple(_ mapping: String, _ c: Unicode.Scalar) -> Unicode.Scalar {
        let scalars = mapping.unicodeScalars
        return scalars.count == 1 ? scalars.first! : c
    }

    /// Maps every Unicode scalar of `s` (Go's `strings.Map` over runes).
    static func mapScalars(_ s: String, _ f: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(f(c)) }
        return String(out)
    }

    /// A Go string slice `s[from:to]` over UTF-8 bytes.
    static func bytes(_ b: [UInt8], _ from: Int, _ to: Int) -> String {
        String(decoding: b[from..<to], as: UTF8.self)
    }
}
