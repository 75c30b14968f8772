import GoValue

/// Sprig's defaults and flow functions. "Empty" is Go's zero value: nil, 0, false, "",
/// and empty lists and maps, so `.Values.enabled | default true` can never be false.
enum SprigDefaults {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        let empty = SprigCoreValues.isEmpty
        var f: [String: GoFunction] = [:]
        f["default"] = GoFunction([.interface], variadic: .interface) { a in
            a.count < 2 || empty(a[1]) ? a[0] : a[1]
        }
        f["empty"] = GoFunction([.interface], result: .bool) { a in .bool(empty(a[0])) }
        f["coalesce"] = GoFunction([], variadic: .interface) { a in a.first { !empty($0) } ?? .nil }
        f["all"] = GoFunction([], variadic: .interface, result: .bool) { a in .bool(a.allSatisfy { !empty($0) }) }
        f["any"] = GoFunction([], variadic: .interface, result: .bool) { a in .bool(a.contains { !empty($0) }) }
        f["ternary"] = GoFunction([.interface, .interface, .bool]) { a in SprigCoreArgs.bool(a[2]) ? a[0] : a[1] }
        return f
    }
}
