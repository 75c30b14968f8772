extension GoTime {
    /// Go's `Time.Format(layout)`.
    public func format(_ layout: String) -> String {
        let c = civil
        var out: [UInt8] = []
        var rest = Array(layout.utf8)[...]
        func int(_ x: Int, _ width: Int) {
            var u = x
            if u < 0 { out.append(UInt8(ascii: "-")); u = -u }
            let digits = Array(String(u).utf8)
            if digits.count < width { out += Array(repeating: UInt8(ascii: "0"), count: width - digits.count) }
            out += digits
        }
        func text(_ s: String) { out += Array(s.utf8) }
        while true {
            let (prefix, element, suffix) = GoLayout.nextChunk(rest)
            out += prefix
            guard let element else { break }
            rest = suffix
            switch element {
            case .year: int(c.year % 100, 2)
            case .longYear:
                var y = c.year
                if y < 0 {
                    y = -y
                    text(y >= 1000 ? "-" : y >= 100 ? "-0" : y >= 10 ? "-00" : "-000")
                } else if y < 10 { text("000") } else if y < 100 { text("00") } else if y < 1000 { text("0") }
                int(y, 0)
            case .month: text(String(GoLayout.longMonthNames[c.month - 1].prefix(3)))
            case .longMonth: text(GoLayout.longMonthNames[c.month - 1])
            case .numMonth: int(c.month, 0)
            case .zeroMonth: int(c.month, 2)
            case .weekDay: text(String(GoLayout.longDayNames[c.weekday].prefix(3)))
            case .longWeekDay: text(GoLayout.longDayNames[c.weekday])
            case .day: int(c.day, 0)
            case .underDay:
                if c.day < 10 { text(" ") }
                int(c.day, 0)
            case .zeroDay: int(c.day, 2)
            case .underYearDay:
                if c.yearDay < 100 { text(" "); if c.yearDay < 10 { text(" ") } }
                int(c.yearDay, 0)
            case .zeroYearDay: int(c.yearDay, 3)
            case .hour: int(c.hour, 2)
            case .hour12: int(c.hour % 12 == 0 ? 12 : c.hour % 12, 0)
            case .zeroHour12: int(c.hour % 12 == 0 ? 12 : c.hour % 12, 2)
            case .minute: int(c.minute, 0)
            case .zeroMinute: int(c.minute, 2)
            case .second: int(c.second, 0)
            case .zeroSecond: int(c.second, 2)
            case .pm: text(c.hour >= 12 ? "PM" : "AM")
            case .pmLower: text(c.hour >= 12 ? "pm" : "am")
            case .iso8601TZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601ColonSecondsTZ,
                 .numTZ, .numSecondsTZ, .numShortTZ, .numColonTZ, .numColonSecondsTZ:
                let iso: [GoLayout.Element] = [.iso8601TZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601ColonSecondsTZ]
                if iso.contains(element) && c.offset == 0 { text("Z"); break }
                var zone = c.offset / 60
                var absOffset = c.offset
                if zone < 0 { text("-"); zone = -zone; absOffset = -absOffset } else { text("+") }
                int(zone / 60, 2)
                if [.iso8601ColonTZ, .numColonTZ, .iso8601ColonSecondsTZ, .numColonSecondsTZ].contains(element) { text(":") }
                if element != .numShortTZ && element != .iso8601ShortTZ { int(zone % 60, 2) }
                if [.iso8601SecondsTZ, .numSecondsTZ, .numColonSecondsTZ, .iso8601ColonSecondsTZ].contains(element) {
                    if element == .numColonSecondsTZ || element == .iso8601ColonSecondsTZ { text(":") }
                    int(absOffset % 60, 2)
                }
            case .tz:
                if !c.zoneName.isEmpty { text(c.zoneName); break }
                var zone = c.offset / 60
                if zone < 0 { text("-"); zone = -zone } else { text("+") }
                int(zone / 60, 2)
                int(zone % 60, 2)
            case .fracSecond0(let n, let sep):
                out.append(sep)
                out += Array(Self.nineDigits(nanoseconds).prefix(n))
            case .fracSecond9(let n, let sep):
                var digits = Array(Self.nineDigits(nanoseconds).prefix(n))
                while digits.last == UInt8(ascii: "0") { digits.removeLast() }
                if !digits.isEmpty { out.append(sep); out += digits }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func nineDigits(_ ns: Int) -> [UInt8] {
        let s = Array(String(ns).utf8)
        return Array(repeating: UInt8(ascii: "0"), count: 9 - s.count) + s
    }

    /// Go's `Time.String()`, with the monotonic reading when present.
    public var description: String {
        var s = format("2006-01-02 15:04:05.999999999 -0700 MST")
        if let m = monotonic {
            let sign = m < 0 ? "-" : "+"
            let u = m.magnitude
            let whole = u / 1_000_000_000
            let frac = String(u % 1_000_000_000)
            s += " m=" + sign + String(whole) + "." + String(repeating: "0", count: 9 - frac.count) + frac
        }
        return s
    }
}

extension GoTime: CustomStringConvertible {}
