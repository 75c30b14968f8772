import Foundation
import GoValue
import YAML

/// Values files as Helm v4's `loader.LoadValues` reads them: every YAML document in
/// the file is decoded and the maps are merged, later documents winning.
public enum ValuesFile {
    /// Decodes one YAML document to a value (`HelmYAML.decode` by default).
    public typealias DocumentDecoder = @Sendable (_ text: String, _ fileName: String) throws -> GoValue

    /// The default document decoder: Helm's YAML rules.
    public static let yamlDocument: DocumentDecoder = { text, name in try HelmYAML.decode(text, fileName: name) }

    /// Loads `bytes`; throws `YAMLError` worded as Helm words it (`cannot unmarshal yaml document: ...`).
    public static func load(_ bytes: [UInt8], fileName: String, decode: DocumentDecoder = yamlDocument) throws -> GoMap {
        var values = GoMap()
        for document in try documents(String(decoding: bytes, as: UTF8.self)) {
            let value: GoValue
            do {
                value = try decode(document, fileName)
            } catch {
                throw YAMLError(message: "cannot unmarshal yaml document: \(error)")
            }
            let map: GoMap
            switch value {
            case .map(let m): map = m
            case .nil: map = GoMap()
            default:
                throw YAMLError(message: "cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(value)) into Go value of type map[string]interface {}")
            }
            values = ValueMerge.mergeMaps(values, map)
        }
        return values
    }

    /// Splits a stream at `---` lines as Kubernetes' YAMLReader does: only a comment may
    /// follow the marker, and empty documents between markers are skipped.
    static func documents(_ text: String) throws -> [String] {
        var out: [String] = []
        var buffer = ""
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        if text.hasSuffix("\n") || text.isEmpty { lines.removeLast() } else { lines[lines.count - 1].removeLast() }
        for line in lines {
            if line.hasPrefix("---") {
                let rest = line.dropFirst(3).trimmingCharacters(in: .whitespacesAndNewlines)
                if let first = rest.first, first != "#" {
                    throw YAMLError(message: "error reading yaml document: invalid Yaml document separator: \(rest)")
                }
                if !buffer.isEmpty {
                    out.append(buffer)
                    buffer = ""
                }
                continue
            }
            buffer += line
        }
        if !buffer.isEmpty { out.append(buffer) }
        return out
    }
}
