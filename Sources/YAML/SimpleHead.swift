import GoValue

/// What Helm reads from every rendered manifest (its `util.SimpleHead`): enough to sort
/// by kind and find hooks. Decoding it is also Helm's YAML check of rendered output.
public struct SimpleHead: Sendable, Equatable {
    /// `apiVersion`, stringified like a Go string field ("" when absent).
    public var apiVersion: String
    /// `kind`, which orders manifests ("" when absent).
    public var kind: String
    /// Whether a `metadata` mapping was present.
    public var hasMetadata: Bool
    /// `metadata.name` ("" when absent).
    public var name: String
    /// `metadata.annotations`, where hooks are declared.
    public var annotations: [String: String]

    /// A head with the given fields (all empty by default).
    public init(apiVersion: String = "", kind: String = "", hasMetadata: Bool = false,
                name: String = "", annotations: [String: String] = [:]) {
        self.apiVersion = apiVersion; self.kind = kind; self.hasMetadata = hasMetadata
        self.name = name; self.annotations = annotations
    }
}

extension HelmYAML {
    static let simpleHeadSchema: YAMLStringSchema = .object([
        "apiVersion": .string, "kind": .string,
        "metadata": .object(["name": .string, "annotations": .map(.string)]),
    ])

    static let metadataTypeName =
        #"struct { Name string "json:\"name\""; Annotations map[string]string "json:\"annotations\"" }"#

    /// Decodes a rendered manifest as Helm v4 does before sorting it. Throws Helm's text
    /// after `YAML parse error on <file>: `, e.g. `error unmarshaling JSON: while decoding
    /// JSON: json: cannot unmarshal array into Go value of type util.SimpleHead`.
    public static func simpleHead(_ document: String) throws -> SimpleHead {
        let v = try decodeFirst(document, target: .any, schema: simpleHeadSchema)
        var head = SimpleHead()
        var firstError: String?
        /// Go names the anonymous metadata struct "", so its fields read `.metadata.name`.
        func typeError(_ v: GoValue, _ field: String, _ type: String) {
            if firstError == nil {
                let owner = field.hasPrefix("metadata.") ? "" : "SimpleHead"
                firstError = "json: cannot unmarshal \(jsonKind(v)) into Go struct field \(owner).\(field) of type \(type)"
            }
        }
        switch v {
        case .nil: return head
        case .map(let m):
            // encoding/json visits keys in the (sorted) JSON order; names match case-insensitively.
            for key in m.sortedKeys {
                let value = m.entries[key]!
                switch key.lowercased() {
                case "apiversion", "kind":
                    let field = key.lowercased() == "kind" ? "kind" : "apiVersion"
                    switch value {
                    case .nil: break
                    case .string(let s): if field == "kind" { head.kind = s } else { head.apiVersion = s }
                    default: typeError(value, field, "string")
                    }
                case "metadata":
                    switch value {
                    case .nil: head.hasMetadata = false
                    case .map(let meta):
                        head.hasMetadata = true
                        for mk in meta.sortedKeys {
                            let mv = meta.entries[mk]!
                            switch mk.lowercased() {
                            case "name":
                                switch mv {
                                case .nil: break
                                case .string(let s): head.name = s
                                default: typeError(mv, "metadata.name", "string")
                                }
                            case "annotations":
                                switch mv {
                                case .nil: head.annotations = [:]
                                case .map(let a):
                                    for ak in a.sortedKeys {
                                        switch a.entries[ak]! {
                                        case .nil: head.annotations[ak] = ""
                                        case .string(let s): head.annotations[ak] = s
                                        case let other: typeError(other, "metadata.annotations", "string")
                                        }
                                    }
                                default: typeError(mv, "metadata.annotations", "map[string]string")
                                }
                            default: break
                            }
                        }
                    default: typeError(value, "metadata", metadataTypeName)
                    }
                default: break
                }
            }
        default:
            throw YAMLError(message: "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKind(v)) into Go value of type util.SimpleHead")
        }
        if let firstError {
            throw YAMLError(message: "error unmarshaling JSON: while decoding JSON: " + firstError)
        }
        return head
    }
}
