import GoValue

/// A TOML date-time as BurntSushi/toml returns it: a Go `time.Time`. Local forms carry
/// its `datetime-local` / `date-local` / `time-local` zones (offset 0 on a UTC machine).
public final class TOMLDateTime: GoObject, GoJSONEncodable, @unchecked Sendable {
    /// Which TOML date-time form was written; it decides the zone and the written layout.
    public enum Form: Sendable { case offset, localDateTime, localDate, localTime }

    /// The form of the literal.
    public let form: Form
    /// Calendar fields as written (year 0, January 1 for a local time).
    public let year, month, day, hour, minute, second: Int
    /// Fraction digits as written, trailing zeros kept off.
    public let fraction: String
    /// Offset in minutes east of UTC (offset form only).
    public let offsetMinutes: Int
    /// Whether the offset was written `Z`.
    public let isUTC: Bool

    /// Parses one TOML date-time literal; nil when it is not one.
    public init?(_ s: String) {
        let b = Array(s.utf8)
        var i = 0
        func num(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in 0..<n { let c = b[i + k]; guard c >= 48 && c <= 57 else { return nil }; v = v * 10 + Int(c - 48) }
            i += n
            return v
        }
        func expect(_ c: UInt8) -> Bool { if i < b.count && b[i] == c { i += 1; return true }; return false }
        var y = 0, mo = 1, d = 1, h = 0, mi = 0, se = 0
        var frac = "", hasDate = false, hasTime = false
        if b.count >= 10, b[4] == UInt8(ascii: "-") {
            guard let yy = num(4), expect(UInt8(ascii: "-")), let mm = num(2), expect(UInt8(ascii: "-")), let dd = num(2),
                  (1...12).contains(mm), dd >= 1, dd <= 31 else { return nil }
            (y, mo, d, hasDate) = (yy, mm, dd, true)
            if i < b.count {
                guard b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") || b[i] == UInt8(ascii: " ") else { return nil }
                i += 1
            }
        }
        if i < b.count {
            guard let hh = num(2), expect(UInt8(ascii: ":")), let mm = num(2), expect(UInt8(ascii: ":")), let ss = num(2),
                  hh < 24, mm < 60, ss < 61 else { return nil }
            (h, mi, se, hasTime) = (hh, mm, ss, true)
            if expect(UInt8(ascii: ".")) {
                let start = i
                while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
                guard i > start else { return nil }
                frac = String(decoding: b[start..<min(i, start + 9)], as: UTF8.self)
                while frac.hasSuffix("0") { frac.removeLast() }
            }
        }
        var off = 0, utc = false, hasZone = false
        if i < b.count {
            guard hasDate && hasTime else { return nil }
            if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
                i += 1; utc = true; hasZone = true
            } else {
                guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return nil }
                let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
                i += 1
                guard let oh = num(2), expect(UInt8(ascii: ":")), let om = num(2) else { return nil }
                off = sign * (oh * 60 + om); hasZone = true
            }
        }
        guard i == b.count, hasDate || hasTime else { return nil }
        form = hasZone ? .offset : (hasDate && hasTime ? .localDateTime : hasDate ? .localDate : .localTime)
        (year, month, day, hour, minute, second) = (hasDate ? y : 0, mo, d, h, mi, se)
        fraction = frac
        offsetMinutes = off
        isUTC = utc
    }

    /// `time.Time`, as `typeOf` prints it.
    public var goType: GoType { .named("time.Time", kind: .struct) }
    /// No exported fields are reachable from templates.
    public func field(_ name: String) -> GoValue? { nil }

    private static func pad(_ v: Int, _ n: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, n - s.count)) + s
    }

    private var offsetText: (colon: String, plain: String) {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let a = abs(offsetMinutes)
        return (sign + Self.pad(a / 60, 2) + ":" + Self.pad(a % 60, 2), sign + Self.pad(a / 60, 2) + Self.pad(a % 60, 2))
    }

    private var zoneName: String {
        switch form {
        case .offset: return isUTC ? "UTC" : offsetText.plain
        case .localDateTime: return "datetime-local"
        case .localDate: return "date-local"
        case .localTime: return "time-local"
        }
    }

    private var dateTimeText: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))T\(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2))"
            + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// How BurntSushi's encoder writes it back: local forms in their own layout.
    public var tomlText: String {
        let date = "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        let time = "\(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2))" + (fraction.isEmpty ? "" : "." + fraction)
        switch form {
        case .offset: return date + "T" + time + (isUTC ? "Z" : offsetText.colon)
        case .localDateTime: return date + "T" + time
        case .localDate: return date
        case .localTime: return time
        }
    }

    /// `time.Time.MarshalJSON` (RFC 3339 with nanoseconds trimmed).
    public func goJSONValue() throws -> GoValue {
        let zone = form == .offset && !isUTC ? offsetText.colon : "Z"
        return .string(dateTimeText + zone)
    }

    /// `time.Time.String()`.
    public func formatted(plus: Bool) -> String {
        let date = "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        let time = "\(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2))" + (fraction.isEmpty ? "" : "." + fraction)
        let off = form == .offset ? offsetText.plain : "+0000"
        return "\(date) \(time) \(off) \(zoneName)"
    }
}
