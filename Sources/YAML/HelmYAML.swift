import GoValue

/// YAML and JSON with the rules Helm applies. (Stub: the YAML work replaces these bodies.)
public enum HelmYAML {
    /// Decodes a values file, Chart.yaml or `fromYaml` text as Helm does: YAML 1.1,
    /// then the JSON round trip (numbers become float64, keys strings).
    /// `fileName` names the file in errors. Throws `YAMLError`.
    public static func decode(_ text: String, fileName: String? = nil) throws -> GoValue {
        throw YAMLError(message: "YAML decoding is not built yet")
    }

    /// Helm's `toYaml` bytes before Helm trims the final newline (go-yaml's Marshal).
    public static func marshal(_ value: GoValue) throws -> String {
        throw YAMLError(message: "YAML encoding is not built yet")
    }

    /// Go's `encoding/json` Marshal; `escapeHTML` as `toJson` (true) or `toRawJson` (false).
    public static func marshalJSON(_ value: GoValue, escapeHTML: Bool = true) throws -> String {
        throw YAMLError(message: "JSON encoding is not built yet")
    }

    /// Helm's `releaseutil.SplitManifests` order of documents in one rendered file.
    public static func splitManifests(_ text: String) -> [String] {
        [text]
    }
}

/// A YAML or JSON failure, worded as Helm words it.
public struct YAMLError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var line: Int?
    public var column: Int?
    public init(message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message; self.line = line; self.column = column
    }
    public var description: String { message }
}
