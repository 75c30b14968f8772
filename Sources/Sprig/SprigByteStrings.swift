import GoValue

/// The Sprig functions whose result keeps the exact bytes of a Go string that is not UTF-8
/// (a `GoByteString`, such as a binary file from `.Files.Get`): Go strings are bytes, so
/// `toString`, `toStrings`, `join`, `trunc`, `substr`, `quote`, `squote` and `cat` pass such
/// bytes on (or escape them) where a Swift String would have turned each into U+FFFD.
enum SprigByteStrings {
    /// Sprig's `strval` as a Go string value: a string or `[]byte` keeps its bytes.
    static func strval(_ value: GoValue) -> GoValue {
        switch value {
        case .string: return value
        case .object(let o) where o is GoByteString: return value
        case .slice(let s) where s.elementType == .uint8:
            return .string(bytes: s.elements.map { UInt8(truncatingIfNeeded: SprigCast.toInt64($0)) })
        default: return .string(SprigCoreValues.strval(value))
        }
    }

    /// Sprig's `strslice` with each element as a Go string value, so bytes survive `toStrings`
    /// and `join`: elements of a `[]string` as they are, other lists' nils dropped.
    static func strslice(_ value: GoValue) -> [GoValue] {
        switch value {
        case .nil: return []
        case .slice(let s):
            if s.elementType == .string {
                return s.elements.map { $0.goStringBytes == nil ? .string(SprigCoreArgs.string($0)) : $0 }
            }
            return s.elements.filter { !$0.isNil }.map(strval)
        default: return [strval(value)]
        }
    }

    /// Whether a list argument (or a lone value standing for one) holds a string that is not UTF-8.
    static func listHasRaw(_ value: GoValue) -> Bool {
        anyRaw(value.sliceValue?.elements ?? [value])
    }

    /// Sprig's `join` over bytes.
    static func join(_ list: GoValue, separator: GoValue) -> GoValue {
        let sep = separator.goStringBytes ?? []
        var out: [UInt8] = []
        for (n, v) in strslice(list).enumerated() {
            if n > 0 { out += sep }
            out += v.goStringBytes ?? []
        }
        return .string(bytes: out)
    }

    /// Sprig's `trunc` over bytes: the first `count` bytes, or the last `-count` when negative.
    static func trunc(_ value: GoValue, _ count: Int) -> GoValue {
        guard let b = value.goStringBytes else { return value }
        if count < 0 && b.count + count > 0 { return .string(bytes: b[(b.count + count)...]) }
        if count >= 0 && b.count > count { return .string(bytes: b[..<count]) }
        return value
    }

    /// Sprig's `substr` over bytes, with Go's slice-bounds panics for the ranges it does not clamp.
    static func substring(_ value: GoValue, start: Int, end: Int) throws -> GoValue {
        let b = value.goStringBytes ?? []
        if start < 0 {
            if end < 0 { throw SprigCoreText.sliceBoundsError(nil, end, length: nil) }
            if end > b.count { throw SprigCoreText.sliceBoundsError(nil, end, length: b.count) }
            return .string(bytes: b[0..<end])
        }
        if end < 0 || end > b.count {
            if start > b.count { throw SprigCoreText.sliceBoundsError(start, b.count, length: nil) }
            return .string(bytes: b[start...])
        }
        if start > end { throw SprigCoreText.sliceBoundsError(start, end, length: nil) }
        return .string(bytes: b[start..<end])
    }

    /// Whether any value is a string that is not UTF-8 or a `[]byte` (which `quote` reads as a
    /// string): only then do `quote`, `squote` and `cat` need the byte-exact path.
    static func anyRaw(_ values: [GoValue]) -> Bool {
        values.contains { v in
            switch v {
            case .object(let o): return o is GoByteString
            case .slice(let s): return s.elementType == .uint8
            default: return false
            }
        }
    }

    /// Each non-nil value through `format` (one `%` verb), joined by spaces: `quote`, `squote`
    /// and `cat` are this shape, and printing keeps the bytes of any string that is not UTF-8.
    static func joined(_ values: [GoValue], _ format: String, _ transform: (GoValue) -> GoValue = { $0 }) -> GoValue {
        var out: [UInt8] = []
        for (n, v) in values.filter({ !$0.isNil }).enumerated() {
            if n > 0 { out.append(UInt8(ascii: " ")) }
            out += GoFmt.sprintfValue(format, [transform(v)]).goStringBytes ?? []
        }
        return .string(bytes: out)
    }
}
