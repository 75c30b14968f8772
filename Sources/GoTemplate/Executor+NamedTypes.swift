import GoValue

extension Executor {
    /// Functions that get named maps and slices (`common.Values`) as they are: those that
    /// report the Go type, and `include`/`tpl`, which hand their argument on as dot.
    /// Every other function takes the plain `map[string]interface{}` or `[]string` beneath,
    /// as Go's assignability lets it.
    static let seesNamedTypes: Set<String> = [
        "typeOf", "kindOf", "typeIs", "typeIsLike", "kindIs", "include", "tpl",
    ]

    /// Functions whose result is their first argument's named type again: Sprig's `slice`
    /// slices through reflection (`slice .Capabilities.APIVersions 0 2` is a VersionSet) and
    /// `deepCopy` copies with copystructure (`deepCopy .Values` is a common.Values).
    static let keepsNamedType: Set<String> = ["slice", "mustSlice", "deepCopy", "mustDeepCopy"]

    /// Calls a registered function as Go would pass and return named collections.
    static func call(_ f: GoFunction, _ argv: [ExecValue], function name: String) throws -> GoValue {
        let result = try f.body(callArguments(argv, function: name))
        // Cheap tests first: most calls have no named first argument, so no name lookup.
        if result.isCollection, case .object(let o)? = argv.first?.goValue,
           let named = o as? any GoNamedCollection, keepsNamedType.contains(name) {
            return named.retyped(result)
        }
        return result
    }

    /// The arguments a registered function receives; the name is looked up only when a
    /// named collection is among them, which keeps ordinary calls as cheap as before.
    static func callArguments(_ argv: [ExecValue], function name: String) -> [GoValue] {
        var args = argv.map(\.goValue)
        var hasNamed = false
        for a in args {
            if case .object(let o) = a, o is GoNamedMap || o is any GoNamedCollection { hasNamed = true; break }
        }
        if hasNamed && !seesNamedTypes.contains(name) {
            args = args.map(\.namedCollectionUnwrapped)
        }
        return args
    }
}

private extension GoValue {
    var isCollection: Bool {
        switch self {
        case .slice, .map: return true
        default: return false
        }
    }
}
