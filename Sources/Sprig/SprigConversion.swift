import GoValue

/// Sprig's conversion functions. They never fail: what spf13/cast cannot read becomes
/// zero (`int "x"` is 0), which is why their results depend so much on the input's Go type.
enum SprigConversion {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        var f: [String: GoFunction] = [:]
        f["toString"] = GoFunction([.interface], result: .string) { a in SprigByteStrings.strval(a[0]) }
        f["toStrings"] = GoFunction([.interface], result: .slice(.string)) { a in
            if SprigByteStrings.listHasRaw(a[0]) { return .slice(GoSlice(SprigByteStrings.strslice(a[0]), elementType: .string)) }
            return .strings(strslice(a[0]))
        }
        f["int"] = GoFunction([.interface], result: .int) { a in .int(SprigCast.toInt(a[0])) }
        f["int64"] = GoFunction([.interface], result: .int64) { a in .int64(SprigCast.toInt64(a[0])) }
        f["float64"] = GoFunction([.interface], result: .float64) { a in .float64(SprigCast.toFloat64(a[0])) }
        f["atoi"] = GoFunction([.string], result: .int) { a in .int(atoi(SprigCoreArgs.string(a[0]))) }
        f["toDecimal"] = GoFunction([.interface], result: .int64) { a in
            let parsed = SprigCast.parseInt(GoFmt.sprint([a[0]]), base: 8)
            return .int64(parsed.error == nil ? parsed.value : 0)
        }
        return f
    }

    /// `strconv.Atoi` with the error dropped: 0 for bad syntax, the clamped value when out of range.
    static func atoi(_ s: String) -> Int {
        let parsed = SprigCast.parseInt(s, base: 10)
        return parsed.error == .syntax ? 0 : Int(parsed.value)
    }

    /// Sprig's `strslice`: a list's elements as strings, nils dropped; a single value becomes one string.
    static func strslice(_ value: GoValue) -> [String] {
        switch value {
        case .nil: return []
        case .slice(let s):
            if s.elementType == .string { return s.elements.map(SprigCoreArgs.string) }
            return s.elements.filter { !$0.isNil }.map(SprigCoreValues.strval)
        default: return [SprigCoreValues.strval(value)]
        }
    }
}
