/// A value of a named Go map or slice type with methods (Helm's `common.Values`,
/// `common.VersionSet`). Go keeps the name in `%T`, `typeOf` and error texts, while
/// field access, `range`, `len`, `index` and every function taking a plain map or
/// slice see the collection underneath; so the object carries both.
public protocol GoNamedCollection: GoObject {
    /// The plain map or slice the named type is defined over.
    var underlying: GoValue { get }
}

extension GoValue {
    /// The plain collection behind a named map or slice, or the value itself.
    @inlinable
    public var namedCollectionUnwrapped: GoValue {
        guard case .object(let o) = self else { return self }
        // The concrete class first: a class cast is far cheaper than a protocol one.
        if let named = o as? GoNamedMap { return .map(named.map) }
        if let named = o as? any GoNamedCollection { return named.underlying }
        return self
    }
}

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

    public var underlying: GoValue { .map(map) }
    public var goType: GoType { .named(typeName, kind: .map) }
    public func field(_ name: String) -> GoValue? { nil }
    public var isTruthy: Bool { !map.entries.isEmpty }
    public func formatted(plus: Bool) -> String { GoFmt.sprintf(plus ? "%+v" : "%v", [.map(map)]) }
}

extension GoValue {
    /// `map` typed as the named map type `typeName` (`common.Values`).
    public static func namedMap(_ map: GoMap, _ typeName: String) -> GoValue {
        .object(GoNamedMap(map, typeName: typeName))
    }
}

extension GoNamedMap: GoJSONEncodable {
    /// Encoders see the map itself, wherever the named value sits (`toYaml .` meets `.Values`).
    public func goJSONValue() throws -> GoValue { .map(map) }
}
