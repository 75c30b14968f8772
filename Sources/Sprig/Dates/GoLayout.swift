/// Go's reference-time layout language (`2006-01-02T15:04:05Z07:00`), split into literal text
/// and the elements Go recognises, with Go's precedence between overlapping spellings.
enum GoLayout {
    enum Element: Equatable {
        case longMonth, month, numMonth, zeroMonth
        case longWeekDay, weekDay
        case day, underDay, zeroDay, underYearDay, zeroYearDay
        case hour, hour12, zeroHour12
        case minute, zeroMinute, second, zeroSecond
        case longYear, year
        case pm, pmLower
        case tz
        case iso8601TZ, iso8601SecondsTZ, iso8601ShortTZ, iso8601ColonTZ, iso8601ColonSecondsTZ
        case numTZ, numSecondsTZ, numShortTZ, numColonTZ, numColonSecondsTZ
        /// `.000` (fixed digits) with its separator.
        case fracSecond0(digits: Int, separator: UInt8)
        /// `.999` (trailing zeros dropped) with its separator.
        case fracSecond9(digits: Int, separator: UInt8)
    }

    /// Go's `nextStdChunk`: the text before the next element, the element, the text after.
    static func nextChunk(_ layout: ArraySlice<UInt8>) -> (prefix: ArraySlice<UInt8>, element: Element?, suffix: ArraySlice<UInt8>) {
        let b = layout
        let s = b.startIndex
        func has(_ i: Int, _ text: String) -> Bool {
            let t = Array(text.utf8)
            return i + t.count <= b.endIndex && b[i..<i + t.count].elementsEqual(t)
        }
        func at(_ i: Int) -> UInt8? { i < b.endIndex ? b[i] : nil }
        func isDigit(_ i: Int) -> Bool { at(i).map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        func found(_ i: Int, _ len: Int, _ e: Element) -> (ArraySlice<UInt8>, Element?, ArraySlice<UInt8>) {
            (b[s..<i], e, b[(i + len)...])
        }
        var i = s
        while i < b.endIndex {
            switch b[i] {
            case UInt8(ascii: "J"):
                if has(i, "Jan") {
                    if has(i, "January") { return found(i, 7, .longMonth) }
                    if !(at(i + 3).map { $0 >= 0x61 && $0 <= 0x7A } ?? false) { return found(i, 3, .month) }
                }
            case UInt8(ascii: "M"):
                if has(i, "Mon") {
                    if has(i, "Monday") { return found(i, 6, .longWeekDay) }
                    if !(at(i + 3).map { $0 >= 0x61 && $0 <= 0x7A } ?? false) { return found(i, 3, .weekDay) }
                }
                if has(i, "MST") { return found(i, 3, .tz) }
            case UInt8(ascii: "0"):
                if let n = at(i + 1), n >= 0x31 && n <= 0x36 {
                    let table: [Element] = [.zeroMonth, .zeroDay, .zeroHour12, .zeroMinute, .zeroSecond, .year]
                    return found(i, 2, table[Int(n - 0x31)])
                }
                if has(i, "002") { return found(i, 3, .zeroYearDay) }
            case UInt8(ascii: "1"):
                if at(i + 1) == UInt8(ascii: "5") { return found(i, 2, .hour) }
                return found(i, 1, .numMonth)
            case UInt8(ascii: "2"):
                if has(i, "2006") { return found(i, 4, .longYear) }
                return found(i, 1, .day)
            case UInt8(ascii: "_"):
                if at(i + 1) == UInt8(ascii: "2") {
                    // `_2006` is a literal underscore and then the year.
                    if has(i + 1, "2006") { return (b[s...i], .longYear, b[(i + 5)...]) }
                    return found(i, 2, .underDay)
                }
                if has(i, "__2") { return found(i, 3, .underYearDay) }
            case UInt8(ascii: "3"): return found(i, 1, .hour12)
            case UInt8(ascii: "4"): return found(i, 1, .minute)
            case UInt8(ascii: "5"): return found(i, 1, .second)
            case UInt8(ascii: "P"):
                if at(i + 1) == UInt8(ascii: "M") { return found(i, 2, .pm) }
            case UInt8(ascii: "p"):
                if at(i + 1) == UInt8(ascii: "m") { return found(i, 2, .pmLower) }
            case UInt8(ascii: "-"):
                if has(i, "-070000") { return found(i, 7, .numSecondsTZ) }
                if has(i, "-07:00:00") { return found(i, 9, .numColonSecondsTZ) }
                if has(i, "-0700") { return found(i, 5, .numTZ) }
                if has(i, "-07:00") { return found(i, 6, .numColonTZ) }
                if has(i, "-07") { return found(i, 3, .numShortTZ) }
            case UInt8(ascii: "Z"):
                if has(i, "Z070000") { return found(i, 7, .iso8601SecondsTZ) }
                if has(i, "Z07:00:00") { return found(i, 9, .iso8601ColonSecondsTZ) }
                if has(i, "Z0700") { return found(i, 5, .iso8601TZ) }
                if has(i, "Z07:00") { return found(i, 6, .iso8601ColonTZ) }
                if has(i, "Z07") { return found(i, 3, .iso8601ShortTZ) }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                if let ch = at(i + 1), ch == UInt8(ascii: "0") || ch == UInt8(ascii: "9") {
                    var j = i + 1
                    while at(j) == ch { j += 1 }
                    if !isDigit(j) {
                        let n = j - (i + 1)
                        let e: Element = ch == UInt8(ascii: "0") ? .fracSecond0(digits: n, separator: b[i])
                                                                 : .fracSecond9(digits: n, separator: b[i])
                        return (b[s..<i], e, b[j...])
                    }
                }
            default: break
            }
            i += 1
        }
        return (b, nil, b[b.endIndex...])
    }

    static let longDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let longMonthNames = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]
}
