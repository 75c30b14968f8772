/// An object whose Go type is a map with methods (Helm's `engine.files`): `range`, `len` and `index`
/// see its entries, as reflection sees a named map type in Go.
public protocol GoMapObject: GoObject {
    /// The entries as a plain Go map.
    var asMap: GoMap { get }
    /// How many entries `len` sees, without building the map (a `.Files` glob can hold megabytes).
    var entryCount: Int { get }
}

extension GoMapObject {
    public var entryCount: Int { asMap.count }
}

extension GoValue {
    /// The plain map behind a map-kinded object, or the value itself: what Go's reflection iterates.
    /// Named maps and slices (`common.Values`, `common.VersionSet`) unwrap too.
    public var mapObjectUnwrapped: GoValue {
        guard case .object(let o) = self else { return self }
        if let named = o as? any GoNamedCollection { return named.underlying }
        if let m = o as? any GoMapObject { return .map(m.asMap) }
        return self
    }
}
