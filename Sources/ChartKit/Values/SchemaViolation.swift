/// One node of a validation failure tree, printed the way santhosh-tekuri/jsonschema
/// prints `ValidationError` (which Helm v4 shows after `- `).
struct SchemaViolation {
    enum Kind {
        /// Several errors of one schema.
        case group
        /// A `$ref` whose target failed; hidden when it has exactly one cause.
        case reference
        case message(String)
    }

    /// Where in the values the failure is, as JSON pointer tokens.
    var location: [String]
    var kind: Kind
    var causes: [SchemaViolation] = []

    var message: String {
        switch kind {
        case .group, .reference: return "validation failed"
        case .message(let m): return m
        }
    }

    private var isSkipped: Bool {
        if case .reference = kind, causes.count == 1 { return true }
        return false
    }

    /// Appends this error at `indent` (1 = top level `- `), each entry on its own line.
    func display(into out: inout String, indent: Int) {
        var indent = indent
        if !isSkipped {
            out += "\n" + String(repeating: "  ", count: max(indent - 1, 0)) + "- "
            indent += 1
            out += "at \(SchemaText.quote(SchemaText.pointer(location))): \(message)"
        }
        for cause in causes { cause.display(into: &out, indent: indent) }
    }
}
