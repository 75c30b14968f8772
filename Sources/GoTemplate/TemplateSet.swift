import GoValue

/// What a template does with a map key that is not there (Go's `missingkey` option).
public enum MissingKey: Sendable {
    /// Go's default: the value is invalid and prints `<no value>`.
    case invalid
    /// The zero value of the map's element type (Helm's choice).
    case zero
    /// Execution stops with an error (Helm's strict mode).
    case error
}

/// A set of named templates sharing functions and options: Go's `*template.Template`
/// with its associated templates. Parse once, execute many times.
public final class TemplateSet {
    /// Functions callable from templates; resolved by name at parse time (unknown = parse error).
    public var functions: [String: GoFunction]
    /// Behaviour for missing map keys.
    public var missingKey: MissingKey
    /// The name of the set's root template, used in ExecuteTemplate's lookup error (Helm's is "gotpl").
    public var rootName: String = "gotpl"

    private var trees: [String: Tree] = [:]
    /// The top-level tree of the latest `parse`, which `executeParsed` runs.
    private var lastParsed: Tree?

    /// Creates an empty set with the given functions and missing-key option.
    public init(functions: [String: GoFunction] = [:], missingKey: MissingKey = .invalid) {
        self.functions = functions
        self.missingKey = missingKey
    }

    /// Parses `text` as template `name` (Go's t.New(name).Parse(text)); its `define`s join the set
    /// (later definitions replace earlier ones as Go does). Throws TemplateError.
    public func parse(name: String, text: String, leftDelimiter: String = "{{", rightDelimiter: String = "}}") throws {
        _ = try parseTrees(name: name, text: text, leftDelimiter: leftDelimiter, rightDelimiter: rightDelimiter)
    }

    /// Go's `t.Execute` on the *Template that `t.New(name).Parse(text)` returned: runs the tree the
    /// latest parse of `name` produced, even when it was blank and the set kept an earlier template of
    /// that name (Go keeps the old one in the set, but the new *Template holds the blank tree). Helm's
    /// `tpl` works this way, so a nested `tpl ""` prints nothing instead of re-running the outer text.
    public func executeParsed(name: String, data: GoValue) throws -> String {
        guard let tree = lastParsed, tree.name == name else { return try execute(name: name, data: data) }
        let executor = Executor(trees: trees, functions: functions, missingKey: missingKey, tree: tree)
        return try executor.run(data: data)
    }

    private func parseTrees(name: String, text: String, leftDelimiter: String, rightDelimiter: String) throws -> TreeSet {
        let hasFunction = functionCheck()
        let parsed = try DeepStack.run {
            try Parser.parse(name: name, text: text, leftDelimiter: leftDelimiter,
                             rightDelimiter: rightDelimiter, hasFunction: hasFunction)
        }
        add(parsed, name: name)
        return parsed
    }

    /// Whether a name is a function or builtin, answered from a snapshot of `functions`.
    private func functionCheck() -> (String) -> Bool {
        let functions = self.functions
        return { fname in functions[fname] != nil || Builtin(rawValue: fname) != nil }
    }

    /// Parses each source as `parse` would, in order, stopping at the first failure, which is
    /// returned with its index. Lexing and parsing, which touch nothing shared, are spread over
    /// up to `workers` threads; the set then takes the trees in order, so `define` precedence
    /// and the error reported are those of parsing one by one.
    public func parseInOrder(_ sources: [(name: String, text: String)], workers: Int) -> (index: Int, error: any Error)? {
        let hasFunction = functionCheck()
        let outcomes = DeepStack.concurrentMap(sources, workers: workers) { source in
            Result { () throws(TemplateError) -> TreeSet in
                try Parser.parse(name: source.name, text: source.text, leftDelimiter: "{{", rightDelimiter: "}}",
                                 hasFunction: hasFunction)
            }
        }
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case .success(let parsed): add(parsed, name: sources[index].name)
            case .failure(let error): return (index, error)
            }
        }
        return nil
    }

    /// Takes a parse's trees into the set as Go's `AddParseTree` would.
    private func add(_ parsed: TreeSet, name: String) {
        for treeName in parsed.order {
            guard let tree = parsed[treeName] else { continue }
            if trees[treeName] != nil && Tree.isEmpty(tree.root) {
                continue
            }
            trees[treeName] = tree
        }
        lastParsed = parsed[name]
    }

    /// Runs template `name` on `data` and returns its output (Go's ExecuteTemplate). Throws TemplateError.
    public func execute(name: String, data: GoValue) throws -> String {
        guard let tree = trees[name] else {
            throw TemplateError(kind: .noSuchTemplate, templateName: name, file: "", line: 0, column: 0, context: "",
                                message: "template: no template \(GoQuote.quote(name)) associated with template \(GoQuote.quote(rootName))")
        }
        let executor = Executor(trees: trees, functions: functions, missingKey: missingKey, tree: tree)
        return try DeepStack.run { try executor.run(data: data) }
    }

    /// Whether a template (file or `define`) of this name exists.
    public func hasTemplate(_ name: String) -> Bool { trees[name] != nil }

    /// Every template name, sorted.
    public var templateNames: [String] { trees.keys.sorted(by: goStringLess) }

    /// A new set sharing the parsed trees (for Helm's `tpl`); parsing into it leaves this one alone.
    public func clone() -> TemplateSet {
        let copy = TemplateSet(functions: functions, missingKey: missingKey)
        copy.rootName = rootName
        copy.trees = trees
        return copy
    }
}
