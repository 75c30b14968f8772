import GoValue
import YAML

extension ManifestHead {
    /// Reads `apiVersion`, `kind`, `metadata.name` and `metadata.annotations` the way
    /// sigs.k8s.io/yaml fills Helm's `SimpleHead` (scalars become strings).
    static func parse(_ document: String) throws -> ManifestHead {
        let value = try HelmYAML.decodeAny(document)
        var head = ManifestHead()
        let prefix = "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
        switch value {
        case .nil: return head
        case .map(let map):
            head.apiVersion = try scalar(map["apiVersion"], field: "SimpleHead.apiVersion", prefix: prefix)
            head.kind = try scalar(map["kind"], field: "SimpleHead.kind", prefix: prefix)
            switch map["metadata"] {
            case nil, .nil?: break
            case .map(let meta)?:
                head.hasMetadata = true
                head.name = try scalar(meta["name"], field: "SimpleHead.metadata.name", prefix: prefix)
                switch meta["annotations"] {
                case nil, .nil?: break
                case .map(let a)?:
                    for (k, v) in a.entries {
                        head.annotations[k] = try scalar(v, field: "SimpleHead.metadata.annotations", prefix: prefix)
                    }
                case let other?:
                    throw ManifestError(prefix + "\(jsonKindName(other)) into Go struct field SimpleHead.metadata.annotations of type map[string]string")
                }
            case let other?:
                throw ManifestError(prefix + "\(jsonKindName(other)) into Go struct field SimpleHead.metadata of type struct { Name string \"json:\\\"name\\\"\"; Annotations map[string]string \"json:\\\"annotations\\\"\" }")
            }
            return head
        default:
            throw ManifestError(prefix + "\(jsonKindName(value)) into Go value of type util.SimpleHead")
        }
    }

    private static func scalar(_ value: GoValue?, field: String, prefix: String) throws -> String {
        switch value {
        case nil, .nil?: return ""
        case .string(let s)?: return s
        case .bool(let b)?: return b ? "true" : "false"
        case let v? where v.kind == .slice || v.kind == .map || v.kind == .struct || v.kind == .ptr:
            throw ManifestError(prefix + "\(jsonKindName(v)) into Go struct field \(field) of type string")
        case let v?: return GoFmt.formatValue(v)
        }
    }
}
