/// Go's time layouts that Helm's output uses.
extension ReleaseTime {
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]
    private static let days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// `.999999999`: the fraction with trailing zeros dropped, or nothing.
    private var trimmedFraction: String {
        guard nanoseconds != 0 else { return "" }
        var digits = Self.pad(nanoseconds, 9)
        while digits.hasSuffix("0") { digits.removeLast() }
        return "." + digits
    }

    private func zone(colon: Bool) -> String {
        let sign = offset < 0 ? "-" : "+"
        let m = abs(offset) / 60
        return sign + Self.pad(m / 60, 2) + (colon ? ":" : "") + Self.pad(m % 60, 2)
    }

    /// `time.RFC3339Nano`, as `encoding/json` writes a time.
    public var rfc3339Nano: String {
        let c = civil
        return "\(Self.pad(c.year, 4))-\(Self.pad(c.month, 2))-\(Self.pad(c.day, 2))T\(Self.pad(c.hour, 2)):\(Self.pad(c.minute, 2)):\(Self.pad(c.second, 2))"
            + trimmedFraction + (offset == 0 ? "Z" : zone(colon: true))
    }

    /// `time.RFC3339` (no fraction), as `get metadata` prints DEPLOYED_AT.
    public var rfc3339: String {
        let c = civil
        return "\(Self.pad(c.year, 4))-\(Self.pad(c.month, 2))-\(Self.pad(c.day, 2))T\(Self.pad(c.hour, 2)):\(Self.pad(c.minute, 2)):\(Self.pad(c.second, 2))"
            + (offset == 0 ? "Z" : zone(colon: true))
    }

    /// `time.ANSIC` (`Mon Jan _2 15:04:05 2006`), as status and history print times.
    public var ansic: String {
        let c = civil
        let day = c.day < 10 ? " \(c.day)" : "\(c.day)"
        return "\(Self.days[c.weekday].prefix(3)) \(Self.months[c.month - 1].prefix(3)) \(day) \(Self.pad(c.hour, 2)):\(Self.pad(c.minute, 2)):\(Self.pad(c.second, 2)) \(c.year)"
    }

    /// Go's `Time.String()` (`2006-01-02 15:04:05.999999999 -0700 MST`), as `list` prints UPDATED.
    public var goString: String {
        let c = civil
        let name = offset == 0 ? "UTC" : zone(colon: false)
        return "\(Self.pad(c.year, 4))-\(Self.pad(c.month, 2))-\(Self.pad(c.day, 2)) \(Self.pad(c.hour, 2)):\(Self.pad(c.minute, 2)):\(Self.pad(c.second, 2))"
            + trimmedFraction + " " + zone(colon: false) + " " + name
    }

    /// Parses RFC 3339 with optional fraction, as `encoding/json` reads a time.
    public init?(rfc3339 text: String) {
        let b = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for i in from..<(from + count) {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard b.count >= 20, let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2),
              let mi = num(14, 2), let s = num(17, 2), (1...12).contains(mo) else { return nil }
        var i = 19
        var nanos = 0
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            var digits = 0
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                if digits < 9 { nanos = nanos * 10 + Int(b[i] - 48); digits += 1 }
                i += 1
            }
            for _ in digits..<9 { nanos *= 10 }
        }
        var offset = 0
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "Z") {
            i += 1
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), let oh = num(i + 1, 2), let om = num(i + 4, 2) {
            offset = (oh * 3600 + om * 60) * (b[i] == UInt8(ascii: "-") ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        // Civil-to-days (Hinnant).
        let yy = mo <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = Int64(era) * 146_097 + Int64(doe) - 719_468
        let local = days * 86400 + Int64(h * 3600 + mi * 60 + s)
        self.init(seconds: local - Int64(offset), nanoseconds: nanos, offset: offset)
    }
}
