import GoValue

/// A `time.Weekday`, which prints as its English name.
final class GoWeekday: GoObject {
    let day: Int
    init(_ day: Int) { self.day = day }
    static let type = GoType.named("time.Weekday", kind: .int)
    var goType: GoType { Self.type }
    func field(_ name: String) -> GoValue? { nil }
    func formatted(plus: Bool) -> String { GoLayout.longDayNames[day] }
}

extension GoWeekday: GoJSONEncodable {
    /// `time.Weekday` has no `MarshalJSON`: JSON sees the integer underneath.
    func goJSONValue() -> GoValue { .int(day) }
}
