import GoValue
import GoTemplate

/// The template engine the chart renderer drives: Go's text/template as a set of
/// named templates. `GoTemplate.TemplateSet` fills it; tests may supply another.
public protocol TemplateRunner: AnyObject {
    /// Functions callable from templates; Helm adds `include` and `tpl` before parsing.
    var functions: [String: GoFunction] { get set }
    /// Parses `text` as template `name`; its `define`s join the set. Throws Go's parse error.
    func parse(name: String, text: String, leftDelimiter: String, rightDelimiter: String) throws
    /// Parses each source in order as `parse` would, possibly on several threads; returns the
    /// first failure (in order) with its index, or nil.
    func parseInOrder(_ sources: [(name: String, text: String)], workers: Int) -> (index: Int, error: any Error)?
    /// Executes template `name` with `data` as dot. Throws Go's execution error.
    func execute(name: String, data: GoValue) throws -> String
    /// Whether `name` is defined in the set.
    func hasTemplate(_ name: String) -> Bool
    /// A copy sharing parsed trees, for `tpl`, whose defines must not leak out.
    func cloneRunner() -> TemplateRunner
    /// Runs the tree the latest parse of `name` produced (Go's `t.New(name).Parse(text)` + `Execute`).
    func executeParsed(name: String, data: GoValue) throws -> String
}

extension TemplateRunner {
    /// Execute by name: right unless a blank text met an existing template of that name.
    public func executeParsed(name: String, data: GoValue) throws -> String {
        try execute(name: name, data: data)
    }

    public func parseInOrder(_ sources: [(name: String, text: String)], workers: Int) -> (index: Int, error: any Error)? {
        for (index, source) in sources.enumerated() {
            do { try parse(name: source.name, text: source.text) } catch { return (index, error) }
        }
        return nil
    }

    func parse(name: String, text: String) throws {
        try parse(name: name, text: text, leftDelimiter: "{{", rightDelimiter: "}}")
    }
}

/// Makes a fresh, empty template set with the given missing-key policy.
public typealias TemplateRunnerFactory = @Sendable (MissingKey) -> TemplateRunner
