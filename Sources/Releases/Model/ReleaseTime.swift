import Foundation

/// A Go `time.Time` as a release records it: an instant with nanoseconds and the UTC
/// offset it was written with, so formatting reproduces Go's layouts exactly.
public struct ReleaseTime: Sendable, Equatable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int64
    public var nanoseconds: Int
    /// Offset from UTC in seconds; 0 prints as `Z` / `UTC`.
    public var offset: Int

    /// Go's zero time (`0001-01-01T00:00:00Z`), which Helm treats as "unset".
    public static let zero = ReleaseTime(seconds: -62_135_596_800, nanoseconds: 0)

    public init(seconds: Int64, nanoseconds: Int, offset: Int = 0) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.offset = offset
    }

    /// The wall clock now, in UTC, with nanoseconds as Go's `time.Now()` has them.
    public static func now() -> ReleaseTime {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return ReleaseTime(seconds: Int64(ts.tv_sec), nanoseconds: Int(ts.tv_nsec))
    }

    public var isZero: Bool { self == .zero }

    public static func < (a: ReleaseTime, b: ReleaseTime) -> Bool {
        (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds)
    }

    public static func == (a: ReleaseTime, b: ReleaseTime) -> Bool {
        a.seconds == b.seconds && a.nanoseconds == b.nanoseconds
    }

    /// The civil fields in the time's own offset.
    struct Civil {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int
    }

    var civil: Civil {
        let local = seconds + Int64(offset)
        var days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        let rest = Int(local - days * 86400)
        let weekday = Int(((days % 7) + 11) % 7) // 1970-01-01 was a Thursday (4)
        // Howard Hinnant's days-to-civil.
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = Int(doy - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        let year = Int(yoe + era * 400) + (month <= 2 ? 1 : 0)
        return Civil(year: year, month: month, day: day, hour: rest / 3600, minute: rest % 3600 / 60,
                     second: rest % 60, weekday: weekday)
    }
}
