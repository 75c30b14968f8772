/// Where a decoded YAML document lands in a typed Go struct, as far as
/// sigs.k8s.io/yaml cares: it turns numbers and booleans into strings when the
/// destination field is a `string` (floats with float32 digits: `1.10` → `"1.1"`).
///
/// Chart.yaml is the case that matters (`appVersion: 1.10`); `chartMetadata` describes it.
public indirect enum YAMLStringSchema: Sendable {
    /// A Go `string` field: scalars are stringified.
    case string
    /// A slice of the element schema.
    case list(YAMLStringSchema)
    /// A `map[string]T` of the value schema.
    case map(YAMLStringSchema)
    /// A struct: JSON field names to schemas (matched exactly, else case-insensitively).
    case object([String: YAMLStringSchema])
    /// `interface{}` or a non-string scalar: left alone.
    case any

    /// The schema for a field name, as `encoding/json` matches struct fields.
    func field(_ key: String) -> YAMLStringSchema {
        guard case .object(let fields) = self else {
            if case .map(let v) = self { return v }
            return .any
        }
        if let s = fields[key] { return s }
        let lower = key.lowercased()
        for (k, s) in fields where k.lowercased() == lower { return s }
        return .any
    }

    /// Helm's `chart.Metadata` (Chart.yaml).
    public static let chartMetadata: YAMLStringSchema = .object([
        "name": .string, "home": .string, "sources": .list(.string), "version": .string,
        "description": .string, "keywords": .list(.string),
        "maintainers": .list(.object(["name": .string, "email": .string, "url": .string])),
        "icon": .string, "apiVersion": .string, "condition": .string, "tags": .string,
        "appVersion": .string, "annotations": .map(.string), "kubeVersion": .string, "type": .string,
        "dependencies": .list(.object([
            "name": .string, "version": .string, "repository": .string, "condition": .string,
            "tags": .list(.string), "alias": .string,
        ])),
    ])
}
