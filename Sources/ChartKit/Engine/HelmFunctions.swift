import GoValue
import Sprig
import YAML

/// The functions Helm adds to Sprig's (Helm's `funcMap`), except the ones bound to a
/// template set (`include`, `tpl`), which `ChartRenderer` adds per render.
public enum HelmFunctions {
    /// Sprig minus `env`/`expandenv`, plus Helm's serialisers, `required`, `fail`, `lookup`
    /// and the offline `getHostByName`.
    public static func functions(lintMode: Bool = false, environment: SprigEnvironment = .live) -> [String: GoFunction] {
        var f = SprigLibrary.functions(environment: environment)
        f["env"] = nil
        f["expandenv"] = nil
        f["toYaml"] = GoFunction([.interface], result: .string) { .string(toYAML($0[0])) }
        f["mustToYaml"] = GoFunction([.interface], result: .string) { args in
            do { return .string(trimFinalNewline(try HelmYAML.marshal(args[0]))) } catch {
                throw GoCallError("\(error)")
            }
        }
        f["toYamlPretty"] = GoFunction([.interface], result: .string) { .string(toYAML($0[0])) }
        f["fromYaml"] = GoFunction([.string], result: .map(key: .string, value: .interface)) { args in
            fromYAML(args[0].stringValue ?? "")
        }
        f["fromYamlArray"] = GoFunction([.string], result: .slice(.interface)) { args in
            fromYAMLArray(args[0].stringValue ?? "")
        }
        f["toJson"] = GoFunction([.interface], result: .string) { args in
            .string((try? HelmYAML.marshalJSON(args[0])) ?? "")
        }
        f["mustToJson"] = GoFunction([.interface], result: .string) { args in
            do { return .string(try HelmYAML.marshalJSON(args[0])) } catch { throw GoCallError("\(error)") }
        }
        f["fromJson"] = GoFunction([.string], result: .map(key: .string, value: .interface)) { args in
            fromJSON(args[0].stringValue ?? "")
        }
        f["fromJsonArray"] = GoFunction([.string], result: .slice(.interface)) { args in
            fromJSONArray(args[0].stringValue ?? "")
        }
        f["toToml"] = GoFunction([.interface], result: .string) { args in
            do { return .string(try TOMLEncoder.encode(args[0])) } catch { return .string("\(error)") }
        }
        f["fromToml"] = GoFunction([.string], result: .map(key: .string, value: .interface)) { _ in
            .dict(["Error": .string("fromToml is not supported")])
        }
        f["lookup"] = GoFunction([.string, .string, .string, .string], result: .map(key: .string, value: .interface)) { _ in
            .dict([:])
        }
        f["getHostByName"] = GoFunction([.string], result: .string) { _ in .string("") }
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
                throw GoCallError(HelmFunctionError.wrap(args[0].stringValue ?? ""))
            }
            return value
        }
        f["fail"] = GoFunction([.string], result: .string) { args in
            if lintMode { return .string("") }
            throw GoCallError(HelmFunctionError.wrap(args[0].stringValue ?? ""))
        }
        return f
    }

    /// `toYaml`: go-yaml's Marshal without the final newline; "" on failure.
    static func toYAML(_ value: GoValue) -> String {
        guard let text = try? HelmYAML.marshal(value) else { return "" }
        return trimFinalNewline(text)
    }

    static func trimFinalNewline(_ s: String) -> String {
        var utf8 = Substring(s).utf8
        if utf8.last == UInt8(ascii: "\n") { utf8 = utf8.dropLast() }
        return String(Substring(utf8))
    }

    /// `fromYaml`: a map, or a map holding `Error` when the text is not a YAML mapping.
    static func fromYAML(_ text: String) -> GoValue {
        do {
            let v = try HelmYAML.decode(text)
            switch v {
            case .map(let m): return .map(m)
            case .nil: return .dict([:])
            default:
                return .dict(["Error": .string("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(v)) into Go value of type map[string]interface {}")])
            }
        } catch {
            return .dict(["Error": .string("\(error)")])
        }
    }

    /// `fromJson`: Go's encoding/json into a map, or a map holding `Error`.
    static func fromJSON(_ text: String) -> GoValue {
        do {
            let v = try GoJSONDecoder.decodeDocument(text)
            switch v {
            case .map(let m): return .map(m)
            case .nil: return .dict([:])
            default:
                return .dict(["Error": .string("json: cannot unmarshal \(jsonKindName(v)) into Go value of type map[string]interface {}")])
            }
        } catch {
            return .dict(["Error": .string("\(error)")])
        }
    }

    /// `fromJsonArray`: a list, or a list holding the error text.
    static func fromJSONArray(_ text: String) -> GoValue {
        do {
            let v = try GoJSONDecoder.decodeDocument(text)
            switch v {
            case .slice(let s): return .slice(GoSlice(s.elements))
            case .nil: return .list([])
            default:
                return .list([.string("json: cannot unmarshal \(jsonKindName(v)) into Go value of type []interface {}")])
            }
        } catch {
            return .list([.string("\(error)")])
        }
    }

    /// `fromYamlArray`: a list, or a list holding the error text.
    static func fromYAMLArray(_ text: String) -> GoValue {
        do {
            let v = try HelmYAML.decode(text)
            switch v {
            case .slice(let s): return .slice(GoSlice(s.elements))
            case .nil: return .list([])
            default:
                return .list([.string("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(v)) into Go value of type []interface {}")])
            }
        } catch {
            return .list([.string("\(error)")])
        }
    }
}
