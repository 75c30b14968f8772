/// go-yaml v2's timestamp test: Go's `time.Parse` with the four layouts go-yaml tries
/// (`2006-1-2T15:4:5.999999999Z07:00`, the same with `t`, `2006-1-2 15:4:5.999999999`,
/// `2006-1-2`). A value that passes stays a string in Helm but is quoted by `toYaml`.
enum GoTimestamp {
    static func isTimestamp(_ s: String) -> Bool {
        let b = Array(s.utf8)
        // Quick check: four digits then '-'.
        var i = 0
        while i < b.count, isDigit(b[i]) { i += 1 }
        guard i == 4, i < b.count, b[i] == UInt8(ascii: "-") else { return false }
        return matches(b, separator: UInt8(ascii: "T"), zone: true)
            || matches(b, separator: UInt8(ascii: "t"), zone: true)
            || matches(b, separator: UInt8(ascii: " "), zone: false)
            || matchesDateOnly(b)
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// Go's `getnum` for a non-fixed field: one or two digits.
    private static func number(_ b: [UInt8], _ i: inout Int) -> Int? {
        guard i < b.count, isDigit(b[i]) else { return nil }
        var v = Int(b[i] - 48); i += 1
        if i < b.count, isDigit(b[i]) { v = v * 10 + Int(b[i] - 48); i += 1 }
        return v
    }

    private static func date(_ b: [UInt8], _ i: inout Int) -> Bool {
        guard b.count >= 4 else { return false }
        var year = 0
        for k in 0..<4 { guard isDigit(b[k]) else { return false }; year = year * 10 + Int(b[k] - 48) }
        i = 4
        guard i < b.count, b[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard let month = number(b, &i), month >= 1, month <= 12 else { return false }
        guard i < b.count, b[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard let day = number(b, &i), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    private static func matchesDateOnly(_ b: [UInt8]) -> Bool {
        var i = 0
        return date(b, &i) && i == b.count
    }

    private static func matches(_ b: [UInt8], separator: UInt8, zone: Bool) -> Bool {
        var i = 0
        guard date(b, &i), i < b.count, b[i] == separator else { return false }
        i += 1
        guard let h = number(b, &i), h < 24, i < b.count, b[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let m = number(b, &i), m < 60, i < b.count, b[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let sec = number(b, &i), sec < 60 else { return false }
        // Optional fraction: a period or comma followed by digits.
        if i + 1 < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ","), isDigit(b[i + 1]) {
            i += 1
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if !zone { return i == b.count }
        guard i < b.count else { return false }
        if b[i] == UInt8(ascii: "Z") { return i + 1 == b.count }
        // ±hh:mm
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), b.count - i == 6,
              isDigit(b[i + 1]), isDigit(b[i + 2]), b[i + 3] == UInt8(ascii: ":"), isDigit(b[i + 4]), isDigit(b[i + 5])
        else { return false }
        let hh = Int(b[i + 1] - 48) * 10 + Int(b[i + 2] - 48)
        let mm = Int(b[i + 4] - 48) * 10 + Int(b[i + 5] - 48)
        return hh <= 24 && mm <= 60
    }
}
