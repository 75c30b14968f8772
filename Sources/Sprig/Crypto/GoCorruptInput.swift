/// Go's `base64.CorruptInputError` / `base32.CorruptInputError`: the offset of
/// the first byte the decoder refused, and the message Sprig prints as a value.
struct GoCorruptInput: Error, CustomStringConvertible {
    /// Which decoder failed, for the message: `base64` or `base32`.
    var encoding: String
    var offset: Int
    var description: String { "illegal \(encoding) data at input byte \(offset)" }
}
