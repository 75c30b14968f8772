import GoValue

/// Sprig's reflection functions: Go's type names (`%T`) and kinds as text.
enum SprigReflection {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        let s = SprigCoreArgs.string
        var f: [String: GoFunction] = [:]
        f["typeOf"] = GoFunction([.interface], result: .string) { a in .string(SprigCoreValues.typeName(a[0])) }
        f["kindOf"] = GoFunction([.interface], result: .string) { a in .string(SprigCoreValues.kindName(a[0])) }
        f["typeIs"] = GoFunction([.string, .interface], result: .bool) { a in
            .bool(s(a[0]) == SprigCoreValues.typeName(a[1]))
        }
        f["typeIsLike"] = GoFunction([.string, .interface], result: .bool) { a in
            let t = SprigCoreValues.typeName(a[1])
            return .bool(s(a[0]) == t || "*" + s(a[0]) == t)
        }
        f["kindIs"] = GoFunction([.string, .interface], result: .bool) { a in
            .bool(s(a[0]) == SprigCoreValues.kindName(a[1]))
        }
        f["deepEqual"] = GoFunction([.interface, .interface], result: .bool) { a in
            .bool(SprigCoreValues.deepEqual(a[0], a[1]))
        }
        return f
    }
}
