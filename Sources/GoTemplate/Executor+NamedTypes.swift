import GoValue

extension Executor {
    /// Functions that get named maps and slices (`common.Values`) as they are: those that
    /// report the Go type, and `include`/`tpl`, which hand their argument on as dot.
    /// Every other function takes the plain `map[string]interface{}` or `[]string` beneath,
    /// as Go's assignability lets it.
    static let seesNamedTypes: Set<String> = [
        "typeOf", "kindOf", "typeIs", "typeIsLike", "kindIs", "include", "tpl",
    ]

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
