import GoValue
import YAML

/// Helm's `common.Values`: the type of `.`, `.Values` and `.Template` in every template.
/// Its methods shadow map keys of the same name, as Go's field lookup tries methods first.
public enum HelmValues {
    /// `map` as a `common.Values`.
    public static func wrap(_ map: GoMap) -> GoValue {
        .object(GoNamedMap(map, typeName: "common.Values", methods: method))
    }

    @Sendable static func method(_ name: String, _ map: GoMap) -> GoFunction? {
        switch name {
        case "YAML":
            return GoFunction([], result: .string) { _ in
                do { return .string(try HelmYAML.marshal(.map(map))) } catch { throw GoCallError("\(error)") }
            }
        case "AsMap":
            return GoFunction([], result: .map(key: .string, value: .interface)) { _ in .map(map) }
        case "Table":
            return GoFunction([.string], result: .named("common.Values", kind: .map)) { args in
                wrap(try table(map, args[0].stringValue ?? ""))
            }
        case "PathValue":
            return GoFunction([.string], result: .interface) { args in try pathValue(map, args[0].stringValue ?? "") }
        case "Encode":
            return GoFunction([.named("io.Writer", kind: .interface)], result: .interface) { _ in
                throw GoCallError("invalid memory address or nil pointer dereference")
            }
        default:
            return nil
        }
    }

    /// `Values.Table`: the sub-map at a dotted path; `"x" is not a table` names the failing part.
    static func table(_ map: GoMap, _ name: String) throws -> GoMap {
        var current = map
        for part in name.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            guard case .map(let next)? = current[part], next.valueType == .interface else {
                throw GoCallError("\(GoFmt.quote(part)) is not a table")
            }
            current = next
        }
        return current
    }

    /// `Values.PathValue`: a non-table value at a dotted path.
    static func pathValue(_ map: GoMap, _ path: String) throws -> GoValue {
        if path.isEmpty { throw GoCallError("YAML path cannot be empty") }
        var parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let key = parts.removeLast()
        let holder: GoMap
        if parts.isEmpty {
            holder = map
        } else {
            do { holder = try table(map, parts.joined(separator: ".")) } catch {
                throw GoCallError("\(GoFmt.quote(key)) is not a value")
            }
        }
        if let v = holder[key] {
            if case .map(let m) = v, m.valueType == .interface {} else { return v }
        }
        throw GoCallError("\(GoFmt.quote(key)) is not a value")
    }
}
