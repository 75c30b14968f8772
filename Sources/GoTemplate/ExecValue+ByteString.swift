import GoValue

extension ExecValue {
    /// A `GoByteString` (a Go string that is not UTF-8) as plain `.string` text, for functions
    /// declared with a `string` parameter; those that want the bytes declare `GoType.byteString`.
    var byteStringAsText: ExecValue {
        if case .concrete(.object(let o)) = self, o is GoByteString { return .concrete(goValue.withByteStringAsText) }
        return self
    }
}
