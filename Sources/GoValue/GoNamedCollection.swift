/// A value of a named Go map or slice type with methods (Helm's `common.Values`,
/// `common.VersionSet`). Go keeps the name in `%T`, `typeOf` and error texts, while
/// field access, `range`, `len`, `index` and every function taking a plain map or
/// slice see the collection underneath; so the object carries both.
public protocol GoNamedCollection: GoObject {
    /// The plain map or slice the named type is defined over.
    var underlying: GoValue { get }
    /// A value of this named type holding `underlying` (what `slice` of a named slice returns).
    func retyped(_ underlying: GoValue) -> GoValue
}

extension GoNamedCollection {
    public func retyped(_ underlying: GoValue) -> GoValue { underlying }
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
