import GoValue
import Sprig
import YAML

/// The functions Helm adds to Sprig's (Helm's `funcMap`), except the ones bound to a
/// template set (`include`, `tpl`), which `ChartRenderer` adds per render.
public enum HelmFunctions {
    /// Sprig minus `env`/`expandenv`, plus Helm's serialisers, `required`, `fail`, `lookup`
    /// and the offline `getHostByName`.
    public static func functions(lintMode: Bool = false, enableDNS: Bool = false,
                                 environment: SprigEnvironment = .live) -> [String: GoFunction] {
        var f = SprigLibrary.functions(environment: environment)
        f["env"] = nil
        f["expandenv"] = nil
        f["toYaml"] = GoFunction([.interface], result: .string) { .string(HelmYAML.toYAML($0[0])) }
        f["mustToYaml"] = GoFunction([.interface], result: .string) { args in
            do { return .string(trimFinalNewline(try HelmYAML.marshal(args[0]))) } catch {
                throw GoCallError("\(error)")
            }
        }
        f["toYamlPretty"] = GoFunction([.interface], result: .string) { .string(PrettyYAML.render($0[0])) }
        f["fromYaml"] = GoFunction([.string], result: .map(key: .string, value: .interface)) { args in
            HelmYAML.fromYAML(args[0].stringValue ?? "")
        }
        f["fromYamlArray"] = GoFunction([.string], result: .slice(.interface)) { args in
            HelmYAML.fromYAMLArray(args[0].stringValue ?? "")
        }
        f["toJson"] = GoFunction([.interface], result: .string) { .string(HelmYAML.toJSON($0[0])) }
        f["mustToJson"] = GoFunction([.interface], result: .string) { args in
            do { return .string(try HelmYAML.marshalJSON(args[0])) } catch { throw GoCallError("\(error)") }
        }
        // Sprig's pretty and raw serialisers: "" on error, the must- forms fail the render instead.
        f["toPrettyJson"] = GoFunction([.interface], result: .string) { .string(HelmYAML.toPrettyJSON($0[0])) }
        f["mustToPrettyJson"] = GoFunction([.interface], result: .string) { args in
            do { return .string(try HelmYAML.marshalPrettyJSON(args[0])) } catch { throw GoCallError("\(error)") }
        }
        f["toRawJson"] = GoFunction([.interface], result: .string) { .string(HelmYAML.toJSON($0[0], escapeHTML: false)) }
        f["mustToRawJson"] = GoFunction([.interface], result: .string) { args in
            do { return .string(try HelmYAML.marshalJSON(args[0], escapeHTML: false)) } catch { throw GoCallError("\(error)") }
        }
        // Sprig's mustFromJson (Helm keeps it): any JSON value, or Go's decoding error as a render failure.
        f["mustFromJson"] = GoFunction([.string], result: .interface) { args in
            do { return try HelmYAML.decodeJSON(args[0].stringValue ?? "") } catch {
                throw GoCallError((error as? YAMLError)?.message ?? "\(error)")
            }
        }
        f["fromJson"] = GoFunction([.string], result: .map(key: .string, value: .interface)) { args in
            HelmYAML.fromJSON(args[0].stringValue ?? "")
        }
        f["fromJsonArray"] = GoFunction([.string], result: .slice(.interface)) { args in
            HelmYAML.fromJSONArray(args[0].stringValue ?? "")
        }
        f["toToml"] = GoFunction([.interface], result: .string) { args in .string(HelmYAML.toTOML(args[0])) }
        f["fromToml"] = GoFunction([.string], result: .map(key: .string, value: .interface)) { args in
            HelmYAML.fromTOML(args[0].stringValue ?? "")
        }
        f["lookup"] = GoFunction([.string, .string, .string, .string], result: .map(key: .string, value: .interface)) { _ in
            .dict([:])
        }
        if !enableDNS {
            f["getHostByName"] = GoFunction([.string], result: .string) { _ in .string("") }
        }
        f["required"] = GoFunction([.string, .interface], result: .interface) { args in
            let value = args[1]
            let missing: Bool
            switch value {
            case .nil: missing = true
            case .string(let s): missing = s.isEmpty
            default: missing = false
            }
            if missing {
                if lintMode { return .string("") }
                throw HelmFunctionError(message: args[0].stringValue ?? "")
            }
            return value
        }
        f["fail"] = GoFunction([.string], result: .string) { args in
            if lintMode { return .string("") }
            throw HelmFunctionError(message: args[0].stringValue ?? "")
        }
        return f
    }

    /// `toYaml`: go-yaml's Marshal without the final newline; "" on failure.
    static func toYAML(_ value: GoValue) -> String { HelmYAML.toYAML(value) }

    static func trimFinalNewline(_ s: String) -> String {
        var utf8 = Substring(s).utf8
        if utf8.last == UInt8(ascii: "\n") { utf8 = utf8.dropLast() }
        return String(Substring(utf8))
    }
}
