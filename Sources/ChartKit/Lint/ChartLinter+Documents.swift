import Foundation
import GoValue
import YAML

extension ChartLinter.Run {
    /// The fields of Helm's object stub (`k8sYamlStruct`) that are Go strings.
    static let objectStub: YAMLStringSchema = .object([
        "apiVersion": .string, "kind": .string, "metadata": .object(["namespace": .string, "name": .string]),
    ])

    /// A YAML stream read as Helm's lint rules read it (the Kubernetes YAML reader, each document
    /// decoded into a pointer to the object stub): the objects in order, and the message that
    /// stopped the reading, if any. Empty (null) documents leave the pointer nil and are skipped.
    static func stubObjects(_ content: String) -> (objects: [GoMap], failure: String?) {
        let (documents, badSeparator) = Self.documents(content)
        var objects: [GoMap] = []
        for document in documents {
            // Without the final newline, as the Kubernetes reader hands a document over:
            // an error at the end is then reported on the last line, not the one after.
            let body = document.hasSuffix("\n") ? String(document.dropLast()) : document
            let value: GoValue
            do { value = try HelmYAML.decodeAny(body) } catch {
                return (objects, "unable to parse YAML: \(error)")
            }
            if case .nil = value { continue }
            if let other = jsonKind(value) {
                return (objects, "unable to parse YAML: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(other) into Go value of type rules.k8sYamlStruct")
            }
            if case .map(let raw) = value, let mismatch = stubMismatch(raw) {
                return (objects, "unable to parse YAML: error unmarshaling JSON: while decoding JSON: \(mismatch)")
            }
            // Decoded again against the stub's string fields, so `name: 5` reads as "5".
            guard case .map(let object)? = try? HelmYAML.decode(body, schema: objectStub) else { continue }
            objects.append(object)
        }
        if let badSeparator { return (objects, "unable to parse YAML: invalid Yaml document separator: \(badSeparator)") }
        return (objects, nil)
    }

    /// The first field of an object that cannot fill Helm's stub, in `encoding/json`'s words. The
    /// YAML becomes JSON with its keys sorted, and the decoder reports the first mismatch it meets;
    /// scalars fill string fields (they were stringified), objects and arrays do not.
    static func stubMismatch(_ object: GoMap) -> String? {
        func sortedKeys(_ map: GoMap) -> [String] {
            map.entries.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        }
        func field(_ key: String, among names: [String]) -> String? {
            names.first { $0 == key } ?? names.first { $0.lowercased() == key.lowercased() }
        }
        func stringMismatch(_ value: GoValue) -> String? {
            switch value {
            case .slice: return "array"
            case .map: return "object"
            default: return nil
            }
        }
        for key in sortedKeys(object) {
            guard let name = field(key, among: ["apiVersion", "Kind", "Metadata"]), let value = object.entries[key] else { continue }
            if name != "Metadata" {
                if let kind = stringMismatch(value) {
                    return "json: cannot unmarshal \(kind) into Go struct field k8sYamlStruct.\(name) of type string"
                }
                continue
            }
            switch value {
            case .nil: continue
            case .map(let metadata):
                for inner in sortedKeys(metadata) {
                    guard let innerName = field(inner, among: ["Namespace", "Name"]), let innerValue = metadata.entries[inner],
                          let kind = stringMismatch(innerValue) else { continue }
                    return "json: cannot unmarshal \(kind) into Go struct field k8sYamlMetadata.Metadata.\(innerName) of type string"
                }
            default:
                let kind = jsonKind(value) ?? "object"
                return "json: cannot unmarshal \(kind) into Go struct field k8sYamlStruct.Metadata of type rules.k8sYamlMetadata"
            }
        }
        return nil
    }

    /// The JSON kind `encoding/json` names when a non-object cannot fill a struct; nil for objects.
    static func jsonKind(_ value: GoValue) -> String? {
        switch value {
        case .map, .nil, .object: return nil
        case .string: return "string"
        case .bool: return "bool"
        case .slice: return "array"
        default: return "number"
        }
    }

    /// The Kubernetes YAML reader's documents: split on lines starting with `---`. A separator
    /// followed by anything but spaces or a comment stops the reader with an error, and the
    /// document it was reading is lost: returned as the text after `---`, trimmed.
    static func documents(_ content: String) -> (documents: [String], badSeparator: String?) {
        var out: [String] = []
        var current = ""
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("---") {
                let rest = line.dropFirst(3).trimmingCharacters(in: .whitespacesAndNewlines)
                if let first = rest.first, first != "#" { return (out, rest) }
                if !current.isEmpty { out.append(current) }
                current = ""
                continue
            }
            current += line + "\n"
        }
        if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out.append(current) }
        return (out, nil)
    }
}
