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

extension GoMonth: GoJSONEncodable {
    /// `time.Month` has no `MarshalJSON`: JSON sees the integer underneath.
    func goJSONValue() -> GoValue { .int(month) }
}
