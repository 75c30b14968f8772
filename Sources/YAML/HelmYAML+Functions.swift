import GoValue

/// The template functions' exact results, including the in-band error values Helm
/// returns instead of failing the render.
extension HelmYAML {
    /// Helm's `fromYaml`: the map, or `{"Error": "<message>"}` when decoding fails.
    public static func fromYAML(_ text: String) -> GoValue {
        do { return try decode(text) } catch {
            return .map(GoMap(["Error": .string(message(error))]))
        }
    }

    /// Helm's `fromYamlArray`: the list, or a one-element list holding the error message.
    public static func fromYAMLArray(_ text: String) -> GoValue {
        do { return try decodeArray(text) } catch {
            return .list([.string(message(error))])
        }
    }

    /// Helm's `fromJson`: the map (nil map for `null`), or the map so far plus
    /// `"Error": "<message>"`.
    public static func fromJSON(_ text: String) -> GoValue {
        let v: GoValue, typeError: YAMLError?
        do { (v, typeError) = try decodeJSONReportingTypeError(text) } catch {
            return .map(GoMap(["Error": .string(message(error))]))
        }
        switch v {
        case .map(let m):
            if let typeError { m.entries["Error"] = .string(typeError.message) }
            return v
        case .nil: return .map(GoMap(isNil: true))
        default:
            let msg = "json: cannot unmarshal \(jsonKind(v)) into Go value of type map[string]interface {}"
            return .map(GoMap(["Error": .string(msg)]))
        }
    }

    /// Helm's `fromJsonArray`: the list (nil slice for `null`), or a one-element list holding the error.
    public static func fromJSONArray(_ text: String) -> GoValue {
        let v: GoValue, typeError: YAMLError?
        do { (v, typeError) = try decodeJSONReportingTypeError(text) } catch {
            return .list([.string(message(error))])
        }
        switch v {
        case .slice:
            if let typeError { return .list([.string(typeError.message)]) }
            return v
        case .nil: return .slice(GoSlice(isNil: true))
        default: return .list([.string("json: cannot unmarshal \(jsonKind(v)) into Go value of type []interface {}")])
        }
    }

    static func decodeJSONReportingTypeError(_ text: String) throws -> (GoValue, YAMLError?) {
        var brackets = 0
        for c in text.utf8 where c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { brackets += 1 }
        return try DeepStack.run(brackets > deepThreshold) { try GoJSONDecoder.decodeReportingTypeError(text) }
    }

    /// go-yaml v3's `Encoder.Encode` with indent 2, as Helm v4's `toYamlPretty` calls it;
    /// keeps the final newline.
    public static func marshalPretty(_ value: GoValue) throws -> String {
        try DeepStack.run(DeepStack.depth(value, limit: deepThreshold) >= deepThreshold) {
            YAMLEmitter.document(try YAMLPrettyMarshaler.node(value), flavor: .v3)
        }
    }

    /// Helm v4's `toYamlPretty`: `marshalPretty` without its final newline, or "" on error.
    public static func toYAMLPretty(_ value: GoValue) -> String {
        guard var s = try? marshalPretty(value) else { return "" }
        if s.hasSuffix("\n") { s.removeLast() }
        return s
    }

    /// BurntSushi/toml's encoder as Helm's `toToml` uses it; throws its error
    /// (`toml: cannot encode array with nil element`).
    public static func marshalTOML(_ value: GoValue) throws -> String {
        try DeepStack.run(DeepStack.depth(value, limit: deepThreshold) >= deepThreshold) {
            try TOMLEncoder.encode(value)
        }
    }

    /// Helm's `toToml`: the TOML text (final newline kept), or the error's text.
    public static func toTOML(_ value: GoValue) -> String {
        do { return try marshalTOML(value) } catch { return message(error) }
    }

    /// BurntSushi/toml's `Unmarshal` into `map[string]interface{}` (integers int64).
    public static func decodeTOML(_ text: String) throws -> GoValue {
        .map(try TOMLDecoder.decode(text))
    }

    /// Helm's `fromToml`: the map, or the map so far plus `"Error": "<message>"`.
    public static func fromTOML(_ text: String) -> GoValue {
        do { return try decodeTOML(text) } catch {
            return .map(GoMap(["Error": .string(message(error))]))
        }
    }

    /// Helm's `toJson` (escapeHTML) / `toRawJson`: "" on error.
    public static func toJSON(_ value: GoValue, escapeHTML: Bool = true) -> String {
        (try? marshalJSON(value, escapeHTML: escapeHTML)) ?? ""
    }

    /// Helm's `toPrettyJson`: "" on error.
    public static func toPrettyJSON(_ value: GoValue) -> String {
        (try? marshalPrettyJSON(value)) ?? ""
    }

    static func message(_ error: Error) -> String {
        (error as? YAMLError)?.message ?? "\(error)"
    }

    static func jsonKind(_ v: GoValue) -> String {
        switch v {
        case .map: return "object"
        case .slice: return "array"
        case .string: return "string"
        case .bool: return "bool"
        default: return "number"
        }
    }
}
