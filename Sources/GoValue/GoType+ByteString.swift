extension GoType {
    /// A `string` parameter whose function reads the raw bytes (`b64enc`, `sha256sum`): the
    /// executor checks it exactly as `string` but passes a `GoByteString` through unconverted,
    /// where a plain `.string` parameter receives the text.
    public static let byteString = GoType.named("string", kind: .string)
}
