/// A Go `time.Time`: an instant (Unix seconds and nanoseconds), the location it is shown in,
/// and, for `now`, a monotonic clock reading that `%v` prints as `m=+0.000123456`.
public struct GoTime: Sendable {
    /// Whole seconds since 1970-01-01 UTC.
    public var unixSeconds: Int64
    /// 0 ..< 1_000_000_000.
    public var nanoseconds: Int
    /// Where the wall clock is read: decides printing, not the instant.
    public var location: GoLocation
    /// Nanoseconds on the monotonic clock, only for times that came from `now`.
    public var monotonic: Int64?

    /// A time at an instant, shown in `location`.
    public init(unixSeconds: Int64, nanoseconds: Int = 0, location: GoLocation = .utc, monotonic: Int64? = nil) {
        self.unixSeconds = unixSeconds
        self.nanoseconds = nanoseconds
        self.location = location
        self.monotonic = monotonic
    }

    /// Go's zero `time.Time{}`: January 1, year 1, 00:00:00 UTC.
    public static let zero = GoTime(unixSeconds: -62_135_596_800)

    /// Whether this is Go's zero time, which failed parses return.
    public var isZero: Bool { unixSeconds == Self.zero.unixSeconds && nanoseconds == 0 }

    /// Go's `time.Date`, normalising out-of-range fields and resolving the offset in `location`.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
                nanosecond: Int = 0, location: GoLocation) {
        var y = year
        var m = month - 1
        y += Self.floorDiv(m, 12)
        m = Self.floorMod(m, 12) + 1
        var sec = Int64(second) + Int64(Self.floorDiv(nanosecond, 1_000_000_000))
        let ns = Self.floorMod(nanosecond, 1_000_000_000)
        sec += Int64(minute) * 60 + Int64(hour) * 3600
        let days = Self.daysFromCivil(y, m, 1) + Int64(day - 1)
        var unix = days * 86400 + sec
        let found = location.lookup(unix)
        if found.offset != 0 {
            let utc = unix - Int64(found.offset)
            var offset = found.offset
            if utc < found.start || utc >= found.end { offset = location.lookup(utc).offset }
            unix -= Int64(offset)
        }
        self.init(unixSeconds: unix, nanoseconds: ns, location: location)
    }

    /// The same instant shown in another location (Go's `In`), without a monotonic reading.
    public func inLocation(_ loc: GoLocation) -> GoTime {
        GoTime(unixSeconds: unixSeconds, nanoseconds: nanoseconds, location: loc)
    }

    /// Go's `Add`: a duration in nanoseconds; keeps the monotonic reading.
    public func adding(nanoseconds d: Int64) -> GoTime {
        var t = self
        var sec = unixSeconds + d / 1_000_000_000
        var ns = nanoseconds + Int(d % 1_000_000_000)
        if ns >= 1_000_000_000 { sec += 1; ns -= 1_000_000_000 } else if ns < 0 { sec -= 1; ns += 1_000_000_000 }
        t.unixSeconds = sec
        t.nanoseconds = ns
        if let m = monotonic { t.monotonic = m &+ d }
        return t
    }

    /// `t.Sub(u)` in nanoseconds, saturating like Go.
    public func nanoseconds(since u: GoTime) -> Int64 {
        if let a = monotonic, let b = u.monotonic { return a &- b }
        let (s, o1) = (unixSeconds - u.unixSeconds).multipliedReportingOverflow(by: 1_000_000_000)
        let (d, o2) = s.addingReportingOverflow(Int64(nanoseconds - u.nanoseconds))
        if o1 || o2 { return unixSeconds < u.unixSeconds ? Int64.min : Int64.max }
        return d
    }

    /// The wall clock in the time's location.
    struct Civil {
        var year, month, day, hour, minute, second, yearDay, weekday: Int
        var zoneName: String
        var offset: Int
    }

    var civil: Civil {
        let zone = location.lookup(unixSeconds)
        let local = unixSeconds + Int64(zone.offset)
        let days = Self.floorDiv64(local, 86400)
        let secs = Int(local - days * 86400)
        let (y, m, d) = Self.civilFromDays(days)
        let yday = Int(days - Self.daysFromCivil(y, 1, 1)) + 1
        let wd = Int(Self.floorMod64(days + 4, 7))
        return Civil(year: y, month: m, day: d, hour: secs / 3600, minute: secs / 60 % 60, second: secs % 60,
                     yearDay: yday, weekday: wd, zoneName: zone.name, offset: zone.offset)
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }
    static func floorDiv64(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorMod64(_ a: Int64, _ b: Int64) -> Int64 { a - floorDiv64(a, b) * b }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = floorDiv64(y, 400)
        let yoe = y - era * 400
        let mp = Int64((month + 9) % 12)
        let doy = (153 * mp + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = floorDiv64(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }

    static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
