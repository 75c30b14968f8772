import GoValue

/// A `time.Time` as templates see it: `%v` is Go's `String()`, and the common methods
/// (`.Year`, `.Unix`, `.Format`, `.UTC`, `.Add`...) are callable.
final class GoTimeObject: GoObject {
    let time: GoTime

    init(_ time: GoTime) { self.time = time }

    static let type = GoType.named("time.Time", kind: .struct)
    static let durationType = GoType.named("time.Duration", kind: .int64)

    var goType: GoType { Self.type }

    /// `time.Time` has no exported fields.
    func field(_ name: String) -> GoValue? { nil }

    func formatted(plus: Bool) -> String { time.description }

    func method(_ name: String) -> GoFunction? {
        let t = time
        let c = { t.civil }
        switch name {
        case "Year": return GoFunction([], result: .int) { _ in .int(c().year) }
        case "Month": return GoFunction([], result: GoMonth.type) { _ in .object(GoMonth(c().month)) }
        case "Day": return GoFunction([], result: .int) { _ in .int(c().day) }
        case "Hour": return GoFunction([], result: .int) { _ in .int(c().hour) }
        case "Minute": return GoFunction([], result: .int) { _ in .int(c().minute) }
        case "Second": return GoFunction([], result: .int) { _ in .int(c().second) }
        case "Nanosecond": return GoFunction([], result: .int) { _ in .int(t.nanoseconds) }
        case "YearDay": return GoFunction([], result: .int) { _ in .int(c().yearDay) }
        case "Weekday": return GoFunction([], result: GoWeekday.type) { _ in .object(GoWeekday(c().weekday)) }
        case "Unix": return GoFunction([], result: .int64) { _ in .int64(t.unixSeconds) }
        case "UnixMilli": return GoFunction([], result: .int64) { _ in .int64(t.unixSeconds &* 1000 &+ Int64(t.nanoseconds / 1_000_000)) }
        case "UnixNano": return GoFunction([], result: .int64) { _ in .int64(t.unixSeconds &* 1_000_000_000 &+ Int64(t.nanoseconds)) }
        case "IsZero": return GoFunction([], result: .bool) { _ in .bool(t.isZero) }
        case "String": return GoFunction([], result: .string) { _ in .string(t.description) }
        case "Format": return GoFunction([.string], result: .string) { a in .string(t.format(a[0].stringValue ?? "")) }
        case "UTC": return GoFunction([], result: Self.type) { _ in .object(GoTimeObject(t.inLocation(.utc))) }
        case "Local": return GoFunction([], result: Self.type) { _ in .object(GoTimeObject(t.inLocation(.local))) }
        case "Add":
            return GoFunction([Self.durationType], result: Self.type) { a in
                .object(GoTimeObject(t.adding(nanoseconds: Self.int64(a[0]))))
            }
        case "Sub":
            return GoFunction([Self.type], result: Self.durationType) { a in
                guard let u = Self.time(a[0]) else { throw GoCallError("wrong type for value; expected time.Time") }
                return .integer(t.nanoseconds(since: u), Self.durationType)
            }
        case "Before", "After", "Equal":
            return GoFunction([Self.type], result: .bool) { a in
                guard let u = Self.time(a[0]) else { throw GoCallError("wrong type for value; expected time.Time") }
                let d = (t.unixSeconds, t.nanoseconds) < (u.unixSeconds, u.nanoseconds) ? -1
                    : (t.unixSeconds, t.nanoseconds) == (u.unixSeconds, u.nanoseconds) ? 0 : 1
                return .bool(name == "Before" ? d < 0 : name == "After" ? d > 0 : d == 0)
            }
        default: return nil
        }
    }

    static func time(_ v: GoValue) -> GoTime? {
        if case .object(let o) = v, let t = o as? GoTimeObject { return t.time }
        return nil
    }

    static func int64(_ v: GoValue) -> Int64 {
        switch v {
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        case .integer(let i, _): return i
        default: return 0
        }
    }
}

extension GoTimeObject: GoJSONEncodable {
    /// RFC 3339 with nanoseconds, as `Time.MarshalJSON` writes it.
    func goJSONValue() -> GoValue { .string(time.format("2006-01-02T15:04:05.999999999Z07:00")) }
}
