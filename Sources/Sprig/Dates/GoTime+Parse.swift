extension GoTime {
    /// Why a time did not parse; `description` is Go's `*time.ParseError` text.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        /// Go's message.
        public var description: String
    }

    /// Go's `time.ParseInLocation(layout, value, location)`.
    public static func parse(_ layoutText: String, _ valueText: String, in defaultLocation: GoLocation,
                             local: GoLocation = .local) throws(ParseError) -> GoTime {
        let q = GoDuration.quote
        func failure(_ layoutElem: ArraySlice<UInt8>, _ valueElem: ArraySlice<UInt8>, _ message: String = "") -> ParseError {
            if message.isEmpty {
                return ParseError(description: "parsing time \(q(valueText)) as \(q(layoutText)): cannot parse "
                    + q(String(decoding: valueElem, as: UTF8.self)) + " as " + q(String(decoding: layoutElem, as: UTF8.self)))
            }
            return ParseError(description: "parsing time \(q(valueText))" + message)
        }
        struct Bad: Error {}
        func isDigit(_ s: ArraySlice<UInt8>, _ k: Int) -> Bool {
            let i = s.startIndex + k
            return i < s.endIndex && s[i] >= 0x30 && s[i] <= 0x39
        }
        func digit(_ s: ArraySlice<UInt8>, _ k: Int) -> Int { Int(s[s.startIndex + k] - 0x30) }
        func getnum(_ s: ArraySlice<UInt8>, _ fixed: Bool) throws(Bad) -> (Int, ArraySlice<UInt8>) {
            guard isDigit(s, 0) else { throw Bad() }
            guard isDigit(s, 1) else {
                if fixed { throw Bad() }
                return (digit(s, 0), s.dropFirst())
            }
            return (digit(s, 0) * 10 + digit(s, 1), s.dropFirst(2))
        }
        func getnum3(_ s: ArraySlice<UInt8>, _ fixed: Bool) throws(Bad) -> (Int, ArraySlice<UInt8>) {
            var n = 0
            var k = 0
            while k < 3 && isDigit(s, k) { n = n * 10 + digit(s, k); k += 1 }
            if k == 0 || (fixed && k != 3) { throw Bad() }
            return (n, s.dropFirst(k))
        }
        func atoi(_ s: ArraySlice<UInt8>) throws(Bad) -> Int {
            var t = s
            var neg = false
            if let c = t.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { neg = c == UInt8(ascii: "-"); t = t.dropFirst() }
            guard !t.isEmpty, t.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), t.count < 19 else { throw Bad() }
            let n = t.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return neg ? -n : n
        }
        func lookup(_ names: [String], _ s: ArraySlice<UInt8>) throws(Bad) -> (Int, ArraySlice<UInt8>) {
            for (k, name) in names.enumerated() {
                let n = Array(name.utf8)
                guard s.count >= n.count else { continue }
                let head = s.prefix(n.count)
                if zip(head, n).allSatisfy({ a, b in a == b || (a | 0x20) == (b | 0x20) && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }) {
                    return (k, s.dropFirst(n.count))
                }
            }
            throw Bad()
        }
        func nanos(_ s: ArraySlice<UInt8>, _ count: Int) -> (Int, String, Bool) {
            guard let f = s.first, f == UInt8(ascii: ".") || f == UInt8(ascii: ",") else { return (0, "", false) }
            let n = min(count, 10)
            let digits = s.dropFirst().prefix(n - 1)
            guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return (0, "", false) }
            var ns = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            for _ in 0..<(10 - n) { ns *= 10 }
            return (ns, "", true)
        }

        var layout = Array(layoutText.utf8)[...]
        var value = Array(valueText.utf8)[...]
        var year = 0, month = -1, day = -1, yday = -1, hour = 0, minute = 0, second = 0, nsec = 0
        var zone: GoLocation? = nil
        var zoneOffset = -1
        var zoneName = ""
        var pmSet = false, amSet = false

        while true {
            let (prefix, element, suffix) = GoLayout.nextChunk(layout)
            let stdText = layout[prefix.endIndex..<suffix.startIndex]
            // Skip the literal prefix; a space in the layout matches any run of spaces.
            var p = prefix
            while let c = p.first {
                if c == UInt8(ascii: " ") {
                    if let v = value.first, v != UInt8(ascii: " ") { throw failure(prefix, value) }
                    while p.first == UInt8(ascii: " ") { p = p.dropFirst() }
                    while value.first == UInt8(ascii: " ") { value = value.dropFirst() }
                    continue
                }
                guard value.first == c else { throw failure(prefix, value) }
                p = p.dropFirst()
                value = value.dropFirst()
            }
            guard let element else {
                if !value.isEmpty { throw failure([], value, ": extra text: " + q(String(decoding: value, as: UTF8.self))) }
                break
            }
            layout = suffix
            let hold = value
            var rangeError = ""
            do throws(Bad) {
                switch element {
                case .year:
                    guard value.count >= 2 else { throw Bad() }
                    year = try atoi(value.prefix(2))
                    value = value.dropFirst(2)
                    year += year >= 69 ? 1900 : 2000
                case .longYear:
                    guard value.count >= 4, isDigit(value, 0) else { throw Bad() }
                    year = try atoi(value.prefix(4))
                    value = value.dropFirst(4)
                case .month:
                    (month, value) = try lookup(GoLayout.longMonthNames.map { String($0.prefix(3)) }, value)
                    month += 1
                case .longMonth:
                    (month, value) = try lookup(GoLayout.longMonthNames, value)
                    month += 1
                case .numMonth, .zeroMonth:
                    (month, value) = try getnum(value, element == .zeroMonth)
                    if month <= 0 || month > 12 { rangeError = "month" }
                case .weekDay:
                    (_, value) = try lookup(GoLayout.longDayNames.map { String($0.prefix(3)) }, value)
                case .longWeekDay:
                    (_, value) = try lookup(GoLayout.longDayNames, value)
                case .day, .underDay, .zeroDay:
                    if element == .underDay && value.first == UInt8(ascii: " ") { value = value.dropFirst() }
                    (day, value) = try getnum(value, element == .zeroDay)
                case .underYearDay, .zeroYearDay:
                    for _ in 0..<2 where element == .underYearDay && value.first == UInt8(ascii: " ") { value = value.dropFirst() }
                    (yday, value) = try getnum3(value, element == .zeroYearDay)
                case .hour:
                    (hour, value) = try getnum(value, false)
                    if hour < 0 || hour >= 24 { rangeError = "hour" }
                case .hour12, .zeroHour12:
                    (hour, value) = try getnum(value, element == .zeroHour12)
                    if hour < 0 || hour > 12 { rangeError = "hour" }
                case .minute, .zeroMinute:
                    (minute, value) = try getnum(value, element == .zeroMinute)
                    if minute < 0 || minute >= 60 { rangeError = "minute" }
                case .second, .zeroSecond:
                    (second, value) = try getnum(value, element == .zeroSecond)
                    if second < 0 || second >= 60 { rangeError = "second"; break }
                    // A fraction in the value but none in the layout is still read.
                    if value.count >= 2, value.first == UInt8(ascii: ".") || value.first == UInt8(ascii: ","), isDigit(value, 1) {
                        let next = GoLayout.nextChunk(layout).element
                        if case .fracSecond0 = next { break }
                        if case .fracSecond9 = next { break }
                        var n = 2
                        while isDigit(value, n) { n += 1 }
                        let (ns, _, ok) = nanos(value, n)
                        guard ok else { throw Bad() }
                        nsec = ns
                        value = value.dropFirst(n)
                    }
                case .pm, .pmLower:
                    guard value.count >= 2 else { throw Bad() }
                    let word = String(decoding: value.prefix(2), as: UTF8.self)
                    value = value.dropFirst(2)
                    let (pmWord, amWord) = element == .pm ? ("PM", "AM") : ("pm", "am")
                    if word == pmWord { pmSet = true } else if word == amWord { amSet = true } else { throw Bad() }
                case .iso8601TZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601ColonSecondsTZ,
                     .numTZ, .numSecondsTZ, .numShortTZ, .numColonTZ, .numColonSecondsTZ:
                    let iso: [GoLayout.Element] = [.iso8601TZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601ColonSecondsTZ]
                    if iso.contains(element) && value.first == UInt8(ascii: "Z") {
                        value = value.dropFirst()
                        zone = .utc
                        break
                    }
                    let v = value
                    func sub(_ a: Int, _ b: Int) -> ArraySlice<UInt8> { v[(v.startIndex + a)..<(v.startIndex + b)] }
                    let zero = Array("00".utf8)[...]
                    var sign: UInt8, hh: ArraySlice<UInt8>, mm: ArraySlice<UInt8>, ss: ArraySlice<UInt8>
                    switch element {
                    case .iso8601ColonTZ, .numColonTZ:
                        guard v.count >= 6, sub(3, 4).first == UInt8(ascii: ":") else { throw Bad() }
                        (sign, hh, mm, ss) = (v.first!, sub(1, 3), sub(4, 6), zero)
                        value = v.dropFirst(6)
                    case .numShortTZ, .iso8601ShortTZ:
                        guard v.count >= 3 else { throw Bad() }
                        (sign, hh, mm, ss) = (v.first!, sub(1, 3), zero, zero)
                        value = v.dropFirst(3)
                    case .iso8601ColonSecondsTZ, .numColonSecondsTZ:
                        guard v.count >= 9, sub(3, 4).first == UInt8(ascii: ":"), sub(6, 7).first == UInt8(ascii: ":") else { throw Bad() }
                        (sign, hh, mm, ss) = (v.first!, sub(1, 3), sub(4, 6), sub(7, 9))
                        value = v.dropFirst(9)
                    case .iso8601SecondsTZ, .numSecondsTZ:
                        guard v.count >= 7 else { throw Bad() }
                        (sign, hh, mm, ss) = (v.first!, sub(1, 3), sub(3, 5), sub(5, 7))
                        value = v.dropFirst(7)
                    default:
                        guard v.count >= 5 else { throw Bad() }
                        (sign, hh, mm, ss) = (v.first!, sub(1, 3), sub(3, 5), zero)
                        value = v.dropFirst(5)
                    }
                    let hr = try getnum(hh, true).0
                    let mi = try getnum(mm, true).0
                    let se = try getnum(ss, true).0
                    if hr > 24 { rangeError = "time zone offset hour" }
                    if mi > 60 { rangeError = "time zone offset minute" }
                    if se > 60 { rangeError = "time zone offset second" }
                    zoneOffset = (hr * 60 + mi) * 60 + se
                    switch sign {
                    case UInt8(ascii: "+"): break
                    case UInt8(ascii: "-"): zoneOffset = -zoneOffset
                    default: throw Bad()
                    }
                case .tz:
                    if value.count >= 3 && value.prefix(3).elementsEqual("UTC".utf8) {
                        zone = .utc
                        value = value.dropFirst(3)
                        break
                    }
                    guard let n = timeZoneLength(value) else { throw Bad() }
                    zoneName = String(decoding: value.prefix(n), as: UTF8.self)
                    value = value.dropFirst(n)
                case .fracSecond0(let digits, _):
                    let n = 1 + digits
                    guard value.count >= n else { throw Bad() }
                    let (ns, _, ok) = nanos(value, n)
                    guard ok else { throw Bad() }
                    nsec = ns
                    value = value.dropFirst(n)
                case .fracSecond9:
                    guard value.count >= 2, value.first == UInt8(ascii: ".") || value.first == UInt8(ascii: ","), isDigit(value, 1) else { break }
                    var k = 0
                    while isDigit(value, k + 1) { k += 1 }
                    let (ns, _, ok) = nanos(value, 1 + k)
                    guard ok else { throw Bad() }
                    nsec = ns
                    value = value.dropFirst(1 + k)
                }
            } catch {
                if !rangeError.isEmpty { throw failure(stdText, value, ": " + rangeError + " out of range") }
                throw failure(stdText, hold)
            }
            if !rangeError.isEmpty { throw failure(stdText, value, ": " + rangeError + " out of range") }
        }
        if pmSet && hour < 12 { hour += 12 } else if amSet && hour == 12 { hour = 0 }
        if yday >= 0 {
            var d = 0, m = 0
            if isLeap(year) {
                if yday == 31 + 29 { m = 2; d = 29 } else if yday > 31 + 29 { d = yday - 1 } else { d = yday }
            } else {
                d = yday
            }
            if yday < 1 || yday > 365 + (isLeap(year) ? 1 : 0) {
                throw failure([], value, ": day-of-year out of range")
            }
            if m == 0 {
                m = (d - 1) / 31 + 1
                let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]
                if cumulative[m] < d { m += 1 }
                d -= cumulative[m - 1]
            }
            if month >= 0 && month != m { throw failure([], value, ": day-of-year does not match month") }
            month = m
            if day >= 0 && day != d { throw failure([], value, ": day-of-year does not match day") }
            day = d
        } else {
            if month < 0 { month = 1 }
            if day < 0 { day = 1 }
        }
        if day < 1 || day > daysIn(month: month, year: year) { throw failure([], value, ": day out of range") }

        if let zone {
            return GoTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nanosecond: nsec, location: zone)
        }
        if zoneOffset != -1 {
            var t = GoTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nanosecond: nsec, location: .utc)
            t.unixSeconds -= Int64(zoneOffset)
            let found = local.lookup(t.unixSeconds)
            if found.offset == zoneOffset && (zoneName.isEmpty || found.name == zoneName) {
                t.location = local
                return t
            }
            t.location = .fixed(zoneName, offset: zoneOffset)
            return t
        }
        if !zoneName.isEmpty {
            var t = GoTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nanosecond: nsec, location: .utc)
            if let offset = local.lookupName(zoneName, at: t.unixSeconds) {
                t.unixSeconds -= Int64(offset)
                t.location = local
                return t
            }
            var offset = 0
            if zoneName.utf8.count > 3 && zoneName.hasPrefix("GMT") {
                offset = (Int(zoneName.dropFirst(3)) ?? 0) * 3600
            }
            t.location = .fixed(zoneName, offset: offset)
            return t
        }
        return GoTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nanosecond: nsec, location: defaultLocation)
    }

    /// Go's `parseTimeZone`: how many bytes look like a zone abbreviation, or nil.
    private static func timeZoneLength(_ v: ArraySlice<UInt8>) -> Int? {
        guard v.count >= 3 else { return nil }
        if v.count >= 4 && (v.prefix(4).elementsEqual("ChST".utf8) || v.prefix(4).elementsEqual("MeST".utf8)) { return 4 }
        if v.prefix(3).elementsEqual("GMT".utf8) {
            let rest = v.dropFirst(3)
            return rest.isEmpty ? 3 : 3 + signedOffsetLength(rest)
        }
        if v.first == UInt8(ascii: "+") || v.first == UInt8(ascii: "-") {
            let n = signedOffsetLength(v)
            return n > 0 ? n : nil
        }
        var upper = 0
        while upper < 6 && upper < v.count {
            let c = v[v.startIndex + upper]
            if c < UInt8(ascii: "A") || c > UInt8(ascii: "Z") { break }
            upper += 1
        }
        switch upper {
        case 5: return v[v.startIndex + 4] == UInt8(ascii: "T") ? 5 : nil
        case 4: return v[v.startIndex + 3] == UInt8(ascii: "T") || v.prefix(4).elementsEqual("WITA".utf8) ? 4 : nil
        case 3: return 3
        default: return nil
        }
    }

    /// Go's `parseSignedOffset`: `+h`/`-hh` up to 12 hours; 0 when not one.
    private static func signedOffsetLength(_ v: ArraySlice<UInt8>) -> Int {
        guard let sign = v.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return 0 }
        var k = v.startIndex + 1
        var x = 0
        while k < v.endIndex, v[k] >= 0x30 && v[k] <= 0x39 {
            x = x * 10 + Int(v[k] - 0x30)
            if x > 1 << 40 { return 0 }
            k += 1
        }
        if k == v.startIndex + 1 || x > 12 { return 0 }
        return k - v.startIndex
    }
}
