import GoValue

/// A `time.Month`, which prints as its English name.
final class GoMonth: GoObject {
    let month: Int
    init(_ month: Int) { self.month = month }
    static let type = GoType.named("time.Month", kind: .int)
    var goType: GoType { Self.type }
    func field(_ name: String) -> GoValue? { nil }
    func formatted(plus: Bool) -> String { GoLayout.longMonthNames[month - 1] }
}

extension GoMonth: GoJSONMarshaler {
    /// `time.Month` has no `MarshalJSON`: JSON sees the integer underneath.
    var marshaledJSON: String { String(month) }
    func goJSONValue() -> GoValue { .int(month) }
}
