/// A `map[string]interface{}` seen through a named map type, such as Helm's `common.Values`
/// for `.`, `.Values` and `.Template`. The name lives in the holder, not in the map: Go's
/// `.Subcharts.kid` is the very map a subchart gets as `.`, but typed `map[string]interface {}`.
public final class GoNamedMap: GoNamedCollection, @unchecked Sendable {
    /// The shared map; writes through `set` are seen by every holder.
    public let map: GoMap
    /// The named type, e.g. `common.Values`.
    public let typeName: String
    /// The named type's methods (Helm's `Values.YAML`, `.Table`...), which win over map keys.
    public let methods: (@Sendable (String, GoMap) -> GoFunction?)?

    public init(_ map: GoMap, typeName: String, methods: (@Sendable (String, GoMap) -> GoFunction?)? = nil) {
        self.map = map
        self.typeName = typeName
        self.methods = methods
    }

    public func method(_ name: String) -> GoFunction? { methods?(name, map) }

    public func retyped(_ underlying: GoValue) -> GoValue {
        guard case .map(let m) = underlying else { return underlying }
        return .object(GoNamedMap(m, typeName: typeName, methods: methods))
    }

    public var underlying: GoValue { .map(map) }
    public var goType: GoType { .named(typeName, kind: .map) }
    public func field(_ name: String) -> GoValue? { nil }
    public var isTruthy: Bool { !map.entries.isEmpty }
    public func formatted(plus: Bool) -> String { GoFmt.sprintf(plus ? "%+v" : "%v", [.map(map)]) }
}

extension GoNamedMap: GoJSONEncodable {
    /// Encoders see the map itself, wherever the named value sits (`toYaml .` meets `.Values`).
    public func goJSONValue() throws -> GoValue { .map(map) }
}
