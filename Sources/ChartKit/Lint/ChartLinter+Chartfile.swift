import Foundation
import GoValue
import Sprig
import YAML

extension ChartLinter.Run {
    static let metadataFields: Set<String> = ["name", "home", "sources", "version", "description", "keywords", "maintainers",
                                              "icon", "apiVersion", "condition", "tags", "appVersion", "deprecated",
                                              "annotations", "kubeVersion", "dependencies", "type"]
    static let maintainerFields: Set<String> = ["name", "email", "url"]
    static let dependencyFields: Set<String> = ["name", "version", "repository", "condition", "tags", "enabled", "import-values", "alias"]

    /// Helm's `Chartfile` rules.
    mutating func chartfile() {
        let file = "Chart.yaml"
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir + "/" + file, isDirectory: &isDirectory), isDirectory.boolValue {
            rule(.error, file, "should be a file, not a directory")
        }
        let data = read(file) ?? []
        let metadata: ChartMetadata
        do { metadata = try ChartMetadata.decode(yaml: data, fileName: file) } catch {
            var text = error.description
            if text.hasPrefix("cannot load Chart.yaml: ") { text.removeFirst("cannot load Chart.yaml: ".count) }
            rule(.error, file, "unable to parse YAML\n\t\(text)")
            return
        }
        let generic = try? HelmYAML.decode(String(decoding: ChartLoader.stripBOM(data), as: UTF8.self), fileName: file)
        let map = generic?.mapValue
        if let map, let unknown = Self.firstUnknownField(map) {
            rule(.warning, file, "failed to strictly parse chart metadata file\n\terror unmarshaling JSON: while decoding JSON: json: unknown field \"\(unknown)\"")
        }
        rule(.error, file, Self.nameProblem(metadata))
        rule(.error, file, Self.apiVersionProblem(metadata))
        rule(.error, file, Self.typeProblem(map, "version"))
        rule(.error, file, Self.versionProblem(metadata))
        rule(.error, file, Self.typeProblem(map, "appVersion"))
        rule(.error, file, Self.maintainerProblem(metadata))
        rule(.error, file, metadata.sources.first { $0.isEmpty || !Self.isRequestURL($0) }.map { "invalid source URL '\($0)'" })
        rule(.info, file, metadata.icon.isEmpty ? "icon is recommended" : nil)
        rule(.error, file, !metadata.icon.isEmpty && !Self.isRequestURL(metadata.icon) ? "invalid icon URL '\(metadata.icon)'" : nil)
        rule(.error, file, !metadata.type.isEmpty && metadata.apiVersion != "v2"
             ? "chart type is not valid in apiVersion '\(metadata.apiVersion)'. It is valid in apiVersion 'v2'" : nil)
        rule(.error, file, !metadata.dependencies.isEmpty && metadata.apiVersion != "v2"
             ? "dependencies are not valid in the Chart file with apiVersion '\(metadata.apiVersion)'. They are valid in apiVersion 'v2'" : nil)
        rule(.warning, file, (try? Sprig.SemanticVersion(strict: metadata.version)) == nil
             ? "version '\(metadata.version)' is not a valid SemVerV2" : nil)
    }

    /// The first field a strict decoder refuses, in the order the JSON round trip writes fields.
    static func firstUnknownField(_ map: GoMap) -> String? {
        for key in map.sortedKeys {
            if !metadataFields.contains(key) { return key }
            let nested: Set<String>? = key == "maintainers" ? maintainerFields : key == "dependencies" ? dependencyFields : nil
            guard let nested, case .slice(let items)? = map[key] else { continue }
            for item in items.elements {
                guard case .map(let m) = item else { continue }
                if let bad = m.sortedKeys.first(where: { !nested.contains($0) }) { return bad }
            }
        }
        return nil
    }

    static func nameProblem(_ md: ChartMetadata) -> String? {
        if md.name.isEmpty { return "name is required" }
        let base = md.name.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? "/"
        if base != md.name { return "chart name \"\(md.name)\" is invalid" }
        return nil
    }

    static func apiVersionProblem(_ md: ChartMetadata) -> String? {
        if md.apiVersion.isEmpty { return "apiVersion is required. The value must be either \"v1\" or \"v2\"" }
        if md.apiVersion != "v1" && md.apiVersion != "v2" {
            return "apiVersion '\(md.apiVersion)' is not valid. The value must be either \"v1\" or \"v2\""
        }
        return nil
    }

    static func versionProblem(_ md: ChartMetadata) -> String? {
        if md.version.isEmpty { return "version is required" }
        if (try? Sprig.SemanticVersion(parsing: md.version)) == nil { return "version '\(md.version)' is not a valid SemVer" }
        return nil
    }

    /// `%T` of a Chart.yaml field after the JSON round trip, when it is not a string.
    static func typeProblem(_ map: GoMap?, _ key: String) -> String? {
        guard let map, let value = map.entries[key] else { return nil }
        let type: String
        switch value {
        case .string: return nil
        case .nil: type = "<nil>"
        case .bool: type = "bool"
        case .slice: type = "[]interface {}"
        case .map: type = "map[string]interface {}"
        default: type = "float64"
        }
        return "\(key) should be of type string but it's of type \(type)"
    }

    static func maintainerProblem(_ md: ChartMetadata) -> String? {
        for m in md.maintainers {
            if m.name.isEmpty { return "each maintainer requires a name" }
            if !m.email.isEmpty && !isEmail(m.email) { return "invalid email '\(m.email)' for maintainer '\(m.name)'" }
            if !m.url.isEmpty && !isRequestURL(m.url) { return "invalid url '\(m.url)' for maintainer '\(m.name)'" }
        }
        return nil
    }

    /// govalidator's `IsRequestURL`: Go's `url.ParseRequestURI` accepts it and it has a scheme.
    static func isRequestURL(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":") else { return false }
        let scheme = s[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return false }
        let rest = s[s.index(after: colon)...]
        if rest.contains(where: { $0 == " " || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }) { return false }
        return true
    }

    /// govalidator's `IsEmail`, in outline: a dotted domain and no spaces.
    static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        if s.contains(" ") { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        let domain = parts[1].hasSuffix(".") ? labels.dropLast() : labels[...]
        guard domain.count >= 2 else { return false }
        return domain.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || "-_~".contains($0) } }
    }
}
