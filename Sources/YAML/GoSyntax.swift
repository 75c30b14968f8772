/// Go's `%#v` / `%+#v` of the decoded values that appear in go-yaml and sigs.k8s.io/yaml
/// error messages (`unsupported map key of type: ...`).
enum GoSyntax {
    static func typeName(_ v: RawYAML) -> String {
        switch v {
        case .null: return "%!s(<nil>)"
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint64"
        case .float: return "float64"
        case .string: return "string"
        case .sequence: return "[]interface {}"
        case .mapping: return "map[interface {}]interface {}"
        }
    }

    /// `%#v` of a value: a nil at the top prints `<nil>`, but inside a slice or map Go prints the
    /// element's static type around it, `interface {}(nil)`.
    static func describe(_ v: RawYAML, nested: Bool = false) -> String {
        switch v {
        case .null: return nested ? "interface {}(nil)" : "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .uint(let u): return "0x" + String(u, radix: 16)
        case .float(let d): return GoFloat.format(d, fmt: "g", bitSize: 64)
        case .string(let s): return GoQuote.quote(s)
        case .sequence(let items):
            return "[]interface {}{" + items.map { describe($0, nested: true) }.joined(separator: ", ") + "}"
        case .mapping(let m):
            let parts = zip(m.keys, m.values).map { describe($0, nested: true) + ":" + describe($1, nested: true) }
            return "map[interface {}]interface {}{" + parts.joined(separator: ", ") + "}"
        }
    }
}
