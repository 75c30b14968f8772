extension GoLocation {
    /// One end of a daylight-saving period in a POSIX TZ rule.
    private struct Rule {
        enum Kind { case julian, dayOfYear, monthWeekDay }
        var kind: Kind
        var day = 0, week = 0, month = 0
        /// Seconds after local midnight (02:00 by default).
        var time = 7200
    }

    /// Go's `tzset`: the zone a POSIX TZ rule gives at Unix second `sec`, or nil when the
    /// rule does not parse.
    static func tzset(_ text: String, lastTransition: Int64, _ sec: Int64) -> (name: String, offset: Int, start: Int64, end: Int64)? {
        var s = Array(text.utf8)[...]
        guard var stdName = name(&s), var stdOffset = offset(&s) else { return nil }
        stdOffset = -stdOffset
        if s.isEmpty || s.first == UInt8(ascii: ",") { return (stdName, stdOffset, lastTransition, Int64.max) }
        guard var dstName = name(&s) else { return nil }
        var dstOffset: Int
        if s.isEmpty || s.first == UInt8(ascii: ",") {
            dstOffset = stdOffset + 3600
        } else {
            guard let o = offset(&s) else { return nil }
            dstOffset = -o
        }
        if s.isEmpty { s = Array(",M3.2.0,M11.1.0".utf8)[...] }
        guard s.first == UInt8(ascii: ",") || s.first == UInt8(ascii: ";") else { return nil }
        s = s.dropFirst()
        guard let startRule = rule(&s), s.first == UInt8(ascii: ",") else { return nil }
        s = s.dropFirst()
        guard let endRule = rule(&s), s.isEmpty else { return nil }

        let days = GoTime.floorDiv64(sec, 86400)
        let (year, _, _) = GoTime.civilFromDays(days)
        let yearStart = GoTime.daysFromCivil(year, 1, 1) * 86400
        let ysec = sec - yearStart
        var startSec = Int64(ruleTime(year, startRule, stdOffset))
        var endSec = Int64(ruleTime(year, endRule, dstOffset))
        if endSec < startSec {
            swap(&startSec, &endSec)
            swap(&stdName, &dstName)
            swap(&stdOffset, &dstOffset)
        }
        if ysec < startSec { return (stdName, stdOffset, yearStart, startSec + yearStart) }
        if ysec >= endSec { return (stdName, stdOffset, endSec + yearStart, yearStart + 365 * 86400) }
        return (dstName, dstOffset, startSec + yearStart, endSec + yearStart)
    }

    /// A zone name: three or more letters, or anything in angle brackets (`<+03>`).
    private static func name(_ s: inout ArraySlice<UInt8>) -> String? {
        if s.first == UInt8(ascii: "<") {
            guard let close = s.firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let n = String(decoding: s[(s.startIndex + 1)..<close], as: UTF8.self)
            s = s[(close + 1)...]
            return n
        }
        var end = s.startIndex
        while end < s.endIndex, !"0123456789,-+".utf8.contains(s[end]) { end += 1 }
        guard end - s.startIndex >= 3 else { return nil }
        let n = String(decoding: s[s.startIndex..<end], as: UTF8.self)
        s = s[end...]
        return n
    }

    private static func number(_ s: inout ArraySlice<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        var n = 0
        var count = 0
        while let c = s.first, c >= 0x30 && c <= 0x39 {
            n = n * 10 + Int(c - 0x30)
            if n > hi { return nil }
            s = s.dropFirst()
            count += 1
        }
        guard count > 0, n >= lo else { return nil }
        return n
    }

    /// `[+-]hh[:mm[:ss]]` in seconds.
    private static func offset(_ s: inout ArraySlice<UInt8>) -> Int? {
        var sign = 1
        if s.first == UInt8(ascii: "+") { s = s.dropFirst() } else if s.first == UInt8(ascii: "-") { sign = -1; s = s.dropFirst() }
        guard let hours = number(&s, 0, 24 * 7) else { return nil }
        var off = hours * 3600
        if s.first == UInt8(ascii: ":") {
            s = s.dropFirst()
            guard let mins = number(&s, 0, 59) else { return nil }
            off += mins * 60
            if s.first == UInt8(ascii: ":") {
                s = s.dropFirst()
                guard let secs = number(&s, 0, 59) else { return nil }
                off += secs
            }
        }
        return sign * off
    }

    private static func rule(_ s: inout ArraySlice<UInt8>) -> Rule? {
        var r: Rule
        if s.first == UInt8(ascii: "J") {
            s = s.dropFirst()
            guard let d = number(&s, 1, 365) else { return nil }
            r = Rule(kind: .julian, day: d)
        } else if s.first == UInt8(ascii: "M") {
            s = s.dropFirst()
            guard let m = number(&s, 1, 12), s.first == UInt8(ascii: ".") else { return nil }
            s = s.dropFirst()
            guard let w = number(&s, 1, 5), s.first == UInt8(ascii: ".") else { return nil }
            s = s.dropFirst()
            guard let d = number(&s, 0, 6) else { return nil }
            r = Rule(kind: .monthWeekDay, day: d, week: w, month: m)
        } else {
            guard let d = number(&s, 0, 365) else { return nil }
            r = Rule(kind: .dayOfYear, day: d)
        }
        if s.first == UInt8(ascii: "/") {
            s = s.dropFirst()
            guard let t = offset(&s) else { return nil }
            r.time = t
        }
        return r
    }

    /// Seconds from the start of `year` (UTC) to the rule's instant, given the offset in force.
    private static func ruleTime(_ year: Int, _ r: Rule, _ off: Int) -> Int {
        var s: Int
        switch r.kind {
        case .julian:
            s = (r.day - 1) * 86400
            if GoTime.isLeap(year) && r.day >= 60 { s += 86400 }
        case .dayOfYear:
            s = r.day * 86400
        case .monthWeekDay:
            let firstOfMonth = GoTime.daysFromCivil(year, r.month, 1)
            let dow = Int(GoTime.floorMod64(firstOfMonth + 4, 7))
            var d = r.day - dow
            if d < 0 { d += 7 }
            for _ in 1..<max(r.week, 1) {
                if d + 7 >= GoTime.daysIn(month: r.month, year: year) { break }
                d += 7
            }
            d += Int(firstOfMonth - GoTime.daysFromCivil(year, 1, 1))
            s = d * 86400
        }
        return s + r.time - off
    }
}
