/// Go's `json: cannot unmarshal X into Go struct field T.f of type U`.
struct FieldError: Error, CustomStringConvertible {
    var got: String
    var field: String?
    var type: String
    var description: String {
        if let field { return "json: cannot unmarshal \(got) into Go struct field \(field) of type \(type)" }
        return "json: cannot unmarshal \(got) into Go value of type \(type)"
    }
}
