import Foundation
import GoValue

/// Sprig's date functions over Go's `time` semantics: layouts, zones from the system zoneinfo,
/// `time.Time` printing and `time.Duration` text. The clock is `env.now`, so tests can pin it.
enum SprigDates {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        functions(env, local: .local)
    }

    /// The functions with an explicit `time.Local`, which Helm takes from `$TZ`.
    static func functions(_ env: SprigEnvironment, local: GoLocation) -> [String: GoFunction] {
        let timeType = GoTimeObject.type
        let now = { () -> GoTime in current(env, local) }
        func time(_ t: GoTime) -> GoValue { .object(GoTimeObject(t)) }

        /// Sprig's `dateInZone` argument rule: a time, or Unix seconds as int/int32/int64; anything else means now.
        func instant(_ v: GoValue, allowInt32: Bool = true) -> GoTime {
            switch v {
            case .object(let o): if let t = o as? GoTimeObject { return t.time }
            case .int64(let i): return GoTime(unixSeconds: i, location: local)
            case .int(let i): return GoTime(unixSeconds: Int64(i), location: local)
            case .integer(let i, .int32) where allowInt32: return GoTime(unixSeconds: i, location: local)
            default: break
            }
            return now()
        }
        func inZone(_ layout: String, _ v: GoValue, _ zone: String) -> String {
            let loc = (try? (zone == "Local" ? local : GoLocation.named(zone))) ?? .utc
            return instant(v).inLocation(loc).format(layout)
        }
        func str(_ v: GoValue) -> String { v.stringValue ?? "" }

        var f: [String: GoFunction] = [:]
        f["now"] = GoFunction([], result: timeType) { _ in time(now()) }
        f["date"] = GoFunction([.string, .interface], result: .string) { a in .string(inZone(str(a[0]), a[1], "Local")) }
        let dateInZone = GoFunction([.string, .interface, .string], result: .string) { a in
            .string(inZone(str(a[0]), a[1], str(a[2])))
        }
        f["dateInZone"] = dateInZone
        f["date_in_zone"] = dateInZone
        f["htmlDate"] = GoFunction([.interface], result: .string) { a in .string(inZone("2006-01-02", a[0], "Local")) }
        f["htmlDateInZone"] = GoFunction([.interface, .string], result: .string) { a in
            .string(inZone("2006-01-02", a[0], str(a[1])))
        }
        let dateModify = GoFunction([.string, timeType], result: timeType) { a in
            guard let t = GoTimeObject.time(a[1]) else { return a[1] }
            guard let d = try? GoDuration.parse(str(a[0])) else { return time(t) }
            return time(t.adding(nanoseconds: d))
        }
        f["dateModify"] = dateModify
        f["date_modify"] = dateModify
        let mustDateModify = GoFunction([.string, timeType], result: timeType) { a in
            guard let t = GoTimeObject.time(a[1]) else { return a[1] }
            do throws(GoDuration.ParseError) {
                return time(t.adding(nanoseconds: try GoDuration.parse(str(a[0]))))
            } catch {
                throw GoCallError(error.description)
            }
        }
        f["mustDateModify"] = mustDateModify
        f["must_date_modify"] = mustDateModify
        f["ago"] = GoFunction([.interface], result: .string) { a in
            let t = instant(a[0], allowInt32: false)
            let since = now().nanoseconds(since: t)
            return .string(GoDuration.format(GoDuration.round(since, to: GoDuration.second)))
        }
        f["duration"] = GoFunction([.interface], result: .string) { a in
            var n: Int64 = 0
            switch a[0] {
            case .string(let s): n = Int64(s) ?? 0
            case .int64(let i): n = i
            default: n = 0
            }
            return .string(GoDuration.format(n &* GoDuration.second))
        }
        f["durationRound"] = GoFunction([.interface], result: .string) { a in
            var d: Int64 = 0
            switch a[0] {
            case .string(let s): d = (try? GoDuration.parse(s)) ?? 0
            case .int64(let i): d = i
            case .object(let o): if let t = o as? GoTimeObject { d = now().nanoseconds(since: t.time) }
            default: d = 0
            }
            return .string(roundedDuration(d))
        }
        f["toDate"] = GoFunction([.string, .string], result: timeType) { a in
            time((try? GoTime.parse(str(a[0]), str(a[1]), in: local, local: local)) ?? .zero)
        }
        f["mustToDate"] = GoFunction([.string, .string], result: timeType) { a in
            do throws(GoTime.ParseError) {
                return time(try GoTime.parse(str(a[0]), str(a[1]), in: local, local: local))
            } catch {
                throw GoCallError(error.description)
            }
        }
        f["unixEpoch"] = GoFunction([timeType], result: .string) { a in
            .string(String(GoTimeObject.time(a[0])?.unixSeconds ?? 0))
        }
        return f
    }

    /// The process start on the monotonic clock, so `now` carries an `m=+…` reading as in Go.
    private static let processStart = DispatchTime.now().uptimeNanoseconds

    private static func current(_ env: SprigEnvironment, _ local: GoLocation) -> GoTime {
        let interval = env.now().timeIntervalSince1970
        let seconds = interval.rounded(.down)
        let nanos = Int(((interval - seconds) * 1_000_000).rounded()) * 1000
        let start = processStart
        let mono = Int64(bitPattern: DispatchTime.now().uptimeNanoseconds &- start)
        return GoTime(unixSeconds: Int64(seconds) + Int64(nanos / 1_000_000_000), nanoseconds: nanos % 1_000_000_000,
                      location: local, monotonic: mono)
    }

    /// Sprig's `durationRound`: the largest whole unit (y, mo, d, h, m, s) the duration exceeds.
    static func roundedDuration(_ d: Int64) -> String {
        let u = d.magnitude
        let hour: UInt64 = 3_600_000_000_000
        let steps: [(UInt64, String)] = [
            (hour * 24 * 365, "y"), (hour * 24 * 30, "mo"), (hour * 24, "d"), (hour, "h"),
            (60_000_000_000, "m"), (1_000_000_000, "s"),
        ]
        for (size, unit) in steps where u > size { return String(u / size) + unit }
        return "0s"
    }
}
