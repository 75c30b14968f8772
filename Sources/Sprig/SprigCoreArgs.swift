import GoValue

/// Reads arguments the template executor has already converted to a function's
/// parameter types (a `string` parameter always receives a Go string, an `int` one an int).
enum SprigCoreArgs {
    /// A `string` argument.
    static func string(_ v: GoValue) -> String {
        if case .string(let s) = v { return s }
        return SprigCoreValues.strval(v)
    }

    /// An `int` argument.
    static func int(_ v: GoValue) -> Int {
        if case .int(let i) = v { return i }
        return SprigCast.toInt(v)
    }

    /// A `bool` argument.
    static func bool(_ v: GoValue) -> Bool {
        if case .bool(let b) = v { return b }
        return v.isTruthy
    }

    /// A `map[string]interface{}` argument; nil (a nil map) when the caller passed nil.
    static func map(_ v: GoValue) -> GoMap {
        if case .map(let m) = v { return m }
        return GoMap([:], isNil: true)
    }
}
