/// A struct whose `json.Marshal` output lists fields in declaration order rather than
/// sorted (`.Capabilities` prints KubeVersion, APIVersions, HelmVersion in that order).
public protocol GoJSONOrderedEncodable: GoJSONEncodable {
    /// The JSON field names and values, in the struct's order.
    func goJSONFields() throws -> [(name: String, value: GoValue)]
}
