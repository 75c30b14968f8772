import GoValue

/// YAML and JSON with the rules Helm applies.
///
/// Decoding mirrors sigs.k8s.io/yaml over go-yaml v2 (YAML 1.1 scalars, then a JSON
/// round trip: numbers float64, keys strings); encoding mirrors `toYaml`, `toJson`,
/// `toRawJson` and `toPrettyJson`. Error texts are Helm's, without the prefix Helm
/// adds for the file (`cannot load values.yaml: `).
public enum HelmYAML {
    /// Nesting beyond which work moves to a big-stack thread.
    static let deepThreshold = 200

    /// Decodes the first YAML document into `map[string]interface{}`, as
    /// `yaml.Unmarshal` does for `fromYaml`, Chart.yaml and v3 values files. An empty
    /// document gives an empty map. `fileName` is accepted for symmetry; Helm's error
    /// texts do not include it (the caller adds its own prefix).
    public static func decode(_ text: String, fileName: String? = nil) throws -> GoValue {
        let v = try decodeFirst(text, target: .object)
        if case .map = v { return v }
        return .map(GoMap())
    }

    /// Decodes the first document into `map[string]interface{}` as if bound to a typed
    /// struct described by `schema`: scalars in `string` fields become strings the way
    /// sigs.k8s.io/yaml writes them (Chart.yaml: `appVersion: 1.10` → `"1.1"`).
    public static func decode(_ text: String, schema: YAMLStringSchema) throws -> GoValue {
        let v = try decodeFirst(text, target: .object, schema: schema)
        if case .map = v { return v }
        return .map(GoMap())
    }

    /// Decodes a values file as Helm v4's `LoadValues`: every `---`-separated document
    /// deep-merged into one map, later documents winning. Errors read
    /// `cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: ...`.
    public static func decodeValues(_ text: String, fileName: String? = nil) throws -> GoValue {
        var result: [String: GoValue] = [:]
        for doc in try ValuesDocuments.split(text) {
            let v: GoValue
            do {
                v = try decodeFirst(doc, target: .object)
            } catch let e as YAMLError {
                throw YAMLError(message: "cannot unmarshal yaml document: " + e.message, line: e.line, column: e.column)
            }
            if case .map(let m) = v { result = ValuesDocuments.merge(result, m.entries) }
        }
        return .map(GoMap(result))
    }

    /// Decodes the first document into `[]interface{}` (`fromYamlArray`); an empty document gives `[]`.
    public static func decodeArray(_ text: String) throws -> GoValue {
        let v = try decodeFirst(text, target: .array)
        if case .slice = v { return v }
        return .slice(GoSlice())
    }

    /// Decodes the first document into `interface{}`: any shape, nil for an empty document.
    public static func decodeAny(_ text: String) throws -> GoValue {
        try decodeFirst(text, target: .any)
    }

    /// Decodes every document of a YAML stream into `interface{}` values (nil for empty ones).
    public static func decodeAll(_ text: String) throws -> [GoValue] {
        var parser = YAMLParser(text)
        defer { parser.close() }
        var out: [GoValue] = []
        while true {
            let node: YAMLNode?
            do { node = try parser.nextDocument() } catch let e as YAMLError { throw converting(e) }
            guard let node else { break }
            out.append(try convert(node, deep: parser.maxNesting > deepThreshold))
        }
        return out
    }

    /// Go's `encoding/json` into `interface{}` (`fromJson`, `--set-json`): numbers float64.
    public static func decodeJSON(_ text: String) throws -> GoValue {
        var brackets = 0
        for c in text.utf8 where c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { brackets += 1 }
        return try DeepStack.run(brackets > deepThreshold) { try GoJSONDecoder.decode(text) }
    }

    /// go-yaml v2's `Marshal` after the JSON round trip, as `toYaml` calls it; the result
    /// keeps its final newline (Helm's `toYaml` trims exactly one, see `toYAML`).
    /// Throws `error marshaling into JSON: json: unsupported value: +Inf` for non-finite numbers.
    public static func marshal(_ value: GoValue) throws -> String {
        try DeepStack.run(DeepStack.depth(value, limit: deepThreshold) >= deepThreshold) {
            let json: JSONValue
            do { json = try JSONValue(value) } catch let e as YAMLError {
                throw YAMLError(message: "error marshaling into JSON: " + e.message)
            }
            return YAMLEmitter.document(try YAMLMarshaler.node(json))
        }
    }

    /// Helm's `toYaml`: `marshal` without its final newline, or "" on error.
    public static func toYAML(_ value: GoValue) -> String {
        guard var s = try? marshal(value) else { return "" }
        if s.hasSuffix("\n") { s.removeLast() }
        return s
    }

    /// Go's `encoding/json` Marshal; `escapeHTML` as `toJson` (true) or `toRawJson` (false).
    /// Throws `json: unsupported value: NaN` and the like.
    public static func marshalJSON(_ value: GoValue, escapeHTML: Bool = true) throws -> String {
        try DeepStack.run(DeepStack.depth(value, limit: deepThreshold) >= deepThreshold) {
            JSONWriter.write(try JSONValue(value), escapeHTML: escapeHTML)
        }
    }

    /// `json.MarshalIndent(v, "", "  ")`, as `toPrettyJson` calls it (HTML-escaped, no final newline).
    public static func marshalPrettyJSON(_ value: GoValue) throws -> String {
        try DeepStack.run(DeepStack.depth(value, limit: deepThreshold) >= deepThreshold) {
            JSONWriter.write(try JSONValue(value), escapeHTML: true, indent: "  ")
        }
    }

    /// Helm v4's `releaseutil.SplitManifests`, documents in file order: split where
    /// optional whitespace ending in a newline (or the start) is followed by `---` and
    /// any whitespace; every document is trimmed and empty ones are dropped.
    public static func splitManifests(_ text: String) -> [String] {
        ManifestSplitter.split(text)
    }

    // MARK: shared steps

    static func converting(_ e: YAMLError) -> YAMLError {
        YAMLError(message: "error converting YAML to JSON: " + e.message, line: e.line, column: e.column)
    }

    static func convert(_ node: YAMLNode?, deep: Bool, schema: YAMLStringSchema = .any) throws -> GoValue {
        try DeepStack.run(deep) {
            var raw: RawYAML?
            if let node {
                var decoder = YAMLDecoder()
                do { raw = try decoder.decode(node) } catch let e as YAMLError { throw converting(e) }
            }
            return try JSONBridge.convert(raw, schema: schema)
        }
    }

    static func decodeFirst(_ text: String, target: JSONBridge.Target, schema: YAMLStringSchema = .any) throws -> GoValue {
        var parser = YAMLParser(text)
        defer { parser.close() }
        let node: YAMLNode?
        do { node = try parser.nextDocument() } catch let e as YAMLError { throw converting(e) }
        let v = try convert(node, deep: parser.maxNesting > deepThreshold, schema: schema)
        try JSONBridge.checkTarget(v, target)
        return v
    }
}
