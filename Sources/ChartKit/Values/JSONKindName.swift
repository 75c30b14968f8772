import GoValue

/// How Go's JSON errors name a value's kind (`cannot unmarshal array into ...`);
/// shared with the loader and engine, which word the same errors.
func jsonKindName(_ v: GoValue) -> String {
    switch v {
    case .slice: return "array"
    case .string: return "string"
    case .bool: return "bool"
    case .map: return "object"
    default: return "number"
    }
}
