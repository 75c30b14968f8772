/// Text helpers matching the validator's own formatting.
enum SchemaText {
    /// The library's `quote`: Go's `%q`, then single quotes outside and `"` unescaped.
    static func quote(_ s: String) -> String {
        var q = goQuote(s)
        q = String(q.dropFirst().dropLast())
        q = q.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "'", with: "\\'")
        return "'" + q + "'"
    }

    static func joinQuoted(_ items: [String]) -> String {
        items.map(quote).joined(separator: ", ")
    }

    static func pointer(_ tokens: [String]) -> String {
        tokens.map { "/" + SchemaCompiler.escape($0) }.joined()
    }

    /// `display` of a primitive from the schema: strings quoted, numbers as written.
    static func display(_ t: JSONTree) -> String {
        switch t {
        case .string(let s): return quote(s)
        case .array, .object: return "value"
        case .number(let literal): return literal
        case .bool(let b): return b ? "true" : "false"
        case .null: return "<nil>"
        }
    }
}
