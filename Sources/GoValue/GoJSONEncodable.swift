/// A `GoObject` that says what Go's `json.Marshal` would produce for it (a struct with
/// JSON field names, a type with `MarshalJSON`), so `toJson`, `toYaml` and `toToml`
/// can encode objects from any module without knowing their types.
public protocol GoJSONEncodable {
    /// The plain Go value (maps, slices, scalars) `json.Marshal` would see for this object.
    func goJSONValue() throws -> GoValue
}
