import GoValue

extension ExecValue {
    /// A `GoByteString` (a Go string that is not UTF-8) as plain `.string` text when it goes to a
    /// `string` parameter; functions that want the bytes declare `GoType.byteString` instead.
    /// The object test comes first: it is one tag check on the executor's hot path.
    func byteStringAsText(for parameter: GoType) -> ExecValue {
        guard case .concrete(.object(let o as GoByteString)) = self, parameter == .string else { return self }
        return .concrete(.string(o.text))
    }
}
