import GoValue

/// Sprig's dictionary functions. A Go map is a reference: `set`, `unset` and `merge`
/// change the map they are given and return that same map, so a chart can write into
/// `.Values` and see it from every later template.
enum SprigDicts {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        let dictType = GoType.map(key: .string, value: .interface)
        let m = SprigCoreArgs.map, s = SprigCoreArgs.string
        var f: [String: GoFunction] = [:]

        f["dict"] = GoFunction([], variadic: .interface, result: dictType) { a in
            let out = GoMap()
            var i = 0
            while i < a.count {
                out[SprigCoreValues.strval(a[i])] = i + 1 < a.count ? a[i + 1] : .string("")
                i += 2
            }
            return .map(out)
        }
        f["get"] = GoFunction([dictType, .string]) { a in m(a[0])[s(a[1])] ?? .string("") }
        f["set"] = GoFunction([dictType, .string, .interface], result: dictType) { a in
            let d = m(a[0])
            if d.isNil { throw GoCallError("assignment to entry in nil map") }
            d[s(a[1])] = a[2]
            return .map(d)
        }
        f["unset"] = GoFunction([dictType, .string], result: dictType) { a in
            let d = m(a[0])
            d.entries.removeValue(forKey: s(a[1]))
            return .map(d)
        }
        f["hasKey"] = GoFunction([dictType, .string], result: .bool) { a in .bool(m(a[0])[s(a[1])] != nil) }
        f["pluck"] = GoFunction([.string], variadic: dictType, result: .slice(.interface)) { a in
            let key = s(a[0])
            return .list(a.dropFirst().compactMap { m($0)[key] })
        }
        // Go iterates maps in random order; sorted keys are one of the orders Go may give.
        f["keys"] = GoFunction([], variadic: dictType, result: .slice(.string)) { a in
            .strings(a.flatMap { m($0).sortedKeys })
        }
        f["values"] = GoFunction([dictType], result: .slice(.interface)) { a in
            let d = m(a[0])
            return .list(d.sortedKeys.map { d.entries[$0]! })
        }
        f["pick"] = GoFunction([dictType], variadic: .string, result: dictType) { a in
            let d = m(a[0]), out = GoMap()
            for k in a.dropFirst().map(s) { if let v = d[k] { out[k] = v } }
            return .map(out)
        }
        f["omit"] = GoFunction([dictType], variadic: .string, result: dictType) { a in
            let omit = Set(a.dropFirst().map(s))
            return .map(GoMap(m(a[0]).entries.filter { !omit.contains($0.key) }))
        }
        let merge = GoFunction([dictType], variadic: dictType) { a in .map(merged(a, overwrite: false)) }
        f["merge"] = merge; f["mustMerge"] = merge
        let mergeOverwrite = GoFunction([dictType], variadic: dictType) { a in .map(merged(a, overwrite: true)) }
        f["mergeOverwrite"] = mergeOverwrite; f["mustMergeOverwrite"] = mergeOverwrite
        let deepCopy = GoFunction([.interface]) { a in
            if a[0].isNil { throw GoCallError("reflect: call of reflect.Value.Type on zero Value") }
            return SprigCoreMerge.deepCopy(a[0])
        }
        f["deepCopy"] = deepCopy; f["mustDeepCopy"] = deepCopy
        f["dig"] = GoFunction([], variadic: .interface) { a in try dig(a) }
        return f
    }

    /// Merges every later map into the first and returns it; a nil first map is replaced by
    /// a new one, as mergo does through its pointer.
    static func merged(_ a: [GoValue], overwrite: Bool) -> GoMap {
        var dst = SprigCoreArgs.map(a[0])
        for src in a.dropFirst().map(SprigCoreArgs.map) {
            if dst.isNil && !src.isNil { dst = GoMap() }
            SprigCoreMerge.merge(into: dst, from: src, overwrite: overwrite)
        }
        return dst
    }

    /// Sprig's `dig KEY... DEFAULT DICT`, with Go's type-assertion panics as errors.
    static func dig(_ a: [GoValue]) throws -> GoValue {
        if a.count < 3 { throw GoCallError("dig needs at least three arguments") }
        var dict = try assertMap(a[a.count - 1])
        let fallback = a[a.count - 2]
        let keys = try a[0..<(a.count - 2)].map { v -> String in
            guard case .string(let k) = v else { throw conversionError(v, "string") }
            return k
        }
        for (n, key) in keys.enumerated() {
            guard let step = dict[key] else { return fallback }
            if n == keys.count - 1 { return step }
            dict = try assertMap(step)
        }
        return fallback
    }

    private static func assertMap(_ v: GoValue) throws -> GoMap {
        if case .map(let m) = v, m.valueType == .interface { return m }
        throw conversionError(v, "map[string]interface {}")
    }

    private static func conversionError(_ v: GoValue, _ want: String) -> GoCallError {
        let have = v.isNil ? "nil" : SprigCoreValues.typeName(v)
        return GoCallError("interface conversion: interface {} is \(have), not \(want)")
    }
}
