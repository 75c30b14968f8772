import GoValue
import Sprig

/// The `format` checks the validator asserts for draft-04/06/07 schemas (newer drafts
/// treat `format` as an annotation). Non-strings always pass; unknown formats pass.
enum SchemaFormats {
    /// The reason `v` is not a valid `format`, or nil when it is.
    static func check(_ format: String, _ v: GoValue) -> String? {
        guard case .string(let s) = v else { return nil }
        switch format {
        case "ipv4": return ipv4(s)
        case "uuid": return uuid(s)
        case "email": return email(s)
        case "hostname": return hostname(s)
        case "date": return date(s)
        case "time": return time(s)
        case "date-time": return dateTime(s)
        case "json-pointer": return jsonPointer(s)
        case "uri", "iri": return uri(s)
        case "uri-reference", "iri-reference": return uriReference(s)
        case "regex":
            do { _ = try GoRegexp(s) } catch { return "\(error)" }
            return nil
        default: return nil
        }
    }

    private static func goRune(_ c: Unicode.Scalar) -> String {
        Strconv.quoteRune(Int64(c.value))
    }

    static func ipv4(_ s: String) -> String? {
        let groups = s.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count != 4 { return "expected four decimals" }
        for g in groups {
            if g.utf8.count > 1 && g.hasPrefix("0") { return "leading zeros" }
            guard let n = SetValuesParser.atoi(String(g)) else {
                return "strconv.Atoi: parsing \(goQuote(String(g))): invalid syntax"
            }
            if n < 0 || n > 255 { return "decimal must be between 0 and 255" }
        }
        return nil
    }

    static func uuid(_ s: String) -> String? {
        let sizes = [8, 4, 4, 4, 12]
        let groups = s.split(separator: "-", omittingEmptySubsequences: false)
        if groups.count != sizes.count { return "must have \(sizes.count) elements" }
        for (i, g) in groups.enumerated() {
            if g.utf8.count != sizes[i] { return "element \(i + 1) must be \(sizes[i]) characters long" }
            for c in g.unicodeScalars where c.hexDigitValue == nil { return "non-hex character \(goRune(c))" }
        }
        return nil
    }

    static func hostname(_ s: String) -> String? {
        var s = Substring(s)
        if s.hasSuffix(".") { s = s.dropLast() }
        if s.utf8.count > 253 { return "more than 253 characters long" }
        for label in s.split(separator: ".", omittingEmptySubsequences: false) {
            if label.utf8.count < 1 || label.utf8.count > 63 { return "label must be 1 to 63 characters long" }
            if label.hasPrefix("-") { return "label starts with hyphen" }
            if label.hasSuffix("-") { return "label ends with hyphen" }
            for c in label.unicodeScalars {
                let ok = ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "-"
                if !ok { return "invalid character \(goRune(c))" }
            }
        }
        return nil
    }

    static func email(_ s: String) -> String? {
        if s.utf8.count > 254 { return "more than 255 characters long" }
        guard let at = s.lastIndex(of: "@") else { return "missing @" }
        let local = s[..<at], domain = s[s.index(after: at)...]
        if local.utf8.count > 64 { return "local part more than 64 characters long" }
        if local.count > 1 && local.hasPrefix("\"") {
            let inner = local.dropFirst().dropLast()
            if inner.contains("\\") || inner.contains("\"") {
                return "backslash and quote are not allowed within quoted local part"
            }
        } else {
            if local.hasPrefix(".") { return "starts with dot" }
            if local.hasSuffix(".") { return "ends with dot" }
            if local.contains("..") { return "consecutive dots" }
            for c in local.unicodeScalars {
                let ok = ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
                    || ".!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(c)
                if !ok { return "invalid character \(goRune(c))" }
            }
        }
        if domain.hasPrefix("[") && domain.hasSuffix("]") {
            let inner = String(domain.dropFirst().dropLast())
            if inner.hasPrefix("IPv6:") { return nil }
            if let problem = ipv4(inner) { return "invalid ipv4 address: \(problem)" }
            return nil
        }
        if let problem = hostname(String(domain)) { return "invalid domain: \(problem)" }
        return nil
    }

    /// Go's `time.Parse("2006-01-02", s)` errors.
    static func date(_ s: String) -> String? {
        let chars = Array(s.unicodeScalars)
        var i = 0
        func rest() -> String { String(String.UnicodeScalarView(chars[i...])) }
        func cannotParse(_ element: String) -> String {
            "parsing time \(goQuote(s)) as \"2006-01-02\": cannot parse \(goQuote(rest())) as \(goQuote(element))"
        }
        func digits(_ n: Int) -> Int? {
            guard i + n <= chars.count else { return nil }
            var v = 0
            for k in 0..<n {
                guard chars[i + k].isASCIIDigit else { return nil }
                v = v * 10 + Int(chars[i + k].value - 48)
            }
            i += n
            return v
        }
        guard let year = digits(4) else { return cannotParse("2006") }
        guard i < chars.count, chars[i] == "-" else { return cannotParse("-") }
        i += 1
        guard let month = digits(2) else { return cannotParse("01") }
        if month < 1 || month > 12 { return "parsing time \(goQuote(s)): month out of range" }
        guard i < chars.count, chars[i] == "-" else { return cannotParse("-") }
        i += 1
        guard let day = digits(2) else { return cannotParse("02") }
        if i < chars.count { return "parsing time \(goQuote(s)): extra text: \(goQuote(rest()))" }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        if day < 1 || day > days { return "parsing time \(goQuote(s)): day out of range" }
        return nil
    }

    static func time(_ str: String) -> String? {
        let b = Array(str.utf8)
        if b.count < 9 { return "less than 9 characters long" }
        if b[2] != UInt8(ascii: ":") || b[5] != UInt8(ascii: ":") { return "missing colon in correct place" }
        var hms: [Int] = []
        for tok in String(decoding: b[0..<8], as: UTF8.self).split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false) {
            guard let i = SetValuesParser.atoi(String(tok)) else { return "invalid hour/min/sec" }
            if i < 0 { return "non-positive hour/min/sec" }
            hms.append(i)
        }
        if hms.count != 3 { return "missing hour/min/sec" }
        var (h, m) = (hms[0], hms[1])
        let sec = hms[2]
        if h > 23 || m > 59 || sec > 60 { return "hour/min/sec out of range" }
        var rest = Array(b[8...])
        if rest.first == UInt8(ascii: ".") {
            let digits = rest.dropFirst().prefix { $0 >= 48 && $0 <= 57 }.count
            if digits == 0 { return "no digits in second fraction" }
            rest = Array(rest.dropFirst(1 + digits))
        }
        let zone = String(decoding: rest, as: UTF8.self)
        if zone != "z" && zone != "Z" {
            if rest.count != 6 { return "offset must be 6 characters long" }
            let sign: Int
            switch rest[0] {
            case UInt8(ascii: "+"): sign = -1
            case UInt8(ascii: "-"): sign = 1
            default: return "offset must begin with plus/minus"
            }
            if rest[3] != UInt8(ascii: ":") { return "missing colon in offset in correct place" }
            var zhm: [Int] = []
            for tok in String(decoding: rest[1...], as: UTF8.self).split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false) {
                guard let i = SetValuesParser.atoi(String(tok)) else { return "invalid hour/min in offset" }
                if i < 0 { return "non-positive hour/min in offset" }
                zhm.append(i)
            }
            if zhm[0] > 23 || zhm[1] > 59 { return "hour/min in offset out of range" }
            var hm = (h * 60 + m) + sign * (zhm[0] * 60 + zhm[1])
            if hm < 0 { hm += 24 * 60 }
            (h, m) = (hm / 60, hm % 60)
        }
        if sec >= 60 && (h != 23 || m != 59) { return "invalid leap second" }
        return nil
    }

    static func dateTime(_ s: String) -> String? {
        let b = Array(s.utf8)
        if b.count < 20 { return "less than 20 characters long" }
        if b[10] != UInt8(ascii: "t") && b[10] != UInt8(ascii: "T") { return "11th character must be t or T" }
        if let problem = date(String(decoding: b[..<10], as: UTF8.self)) { return "invalid date element: \(problem)" }
        if let problem = time(String(decoding: b[11...], as: UTF8.self)) { return "invalid time element: \(problem)" }
        return nil
    }

    static func jsonPointer(_ s: String) -> String? {
        if s.isEmpty { return nil }
        if !s.hasPrefix("/") { return "not starting with /" }
        for token in s.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            var escape = false
            for c in token.unicodeScalars {
                if escape {
                    escape = false
                    if c != "0" && c != "1" { return "~ must be followed by 0 or 1" }
                    continue
                }
                if c == "~" { escape = true }
            }
            if escape { return "~ must be followed by 0 or 1" }
        }
        return nil
    }

    /// The parts of Go's `url.Parse` errors that schema values meet, checked in Go's order.
    private static func urlParseProblem(_ s: String) -> String? {
        func fail(_ why: String) -> String { "parse \(goQuote(s)): \(why)" }
        for c in s.unicodeScalars where c.value < 0x20 || c.value == 0x7f {
            return fail("net/url: invalid control character in URL")
        }
        var main = Substring(s)
        var fragment: Substring = ""
        if let hash = main.firstIndex(of: "#") {
            fragment = main[main.index(after: hash)...]
            main = main[..<hash]
        }
        if main.hasPrefix(":") { return fail("missing protocol scheme") }
        var rest = main
        if hasScheme(String(main)), let colon = main.firstIndex(of: ":") { rest = main[main.index(after: colon)...] }
        if let q = rest.firstIndex(of: "?") { rest = rest[..<q] }
        if !hasScheme(String(main)) && !rest.hasPrefix("/") {
            let segment = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            if segment.contains(":") { return fail("first path segment in URL cannot contain colon") }
        }
        if let bad = badEscape(rest) ?? badEscape(fragment) { return fail("invalid URL escape \(goQuote(bad))") }
        return nil
    }

    private static func badEscape(_ s: Substring) -> String? {
        let b = Array(s.utf8)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "%") {
                let ok = i + 2 < b.count && Unicode.Scalar(b[i + 1]).hexDigitValue != nil && Unicode.Scalar(b[i + 2]).hexDigitValue != nil
                if !ok { return String(decoding: b[i..<min(i + 3, b.count)], as: UTF8.self) }
                i += 3
            } else {
                i += 1
            }
        }
        return nil
    }

    private static func hasScheme(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":") else { return false }
        let scheme = s[..<colon]
        guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return false }
        return scheme.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0.isASCIIDigit || $0 == "+" || $0 == "-" || $0 == "." }
    }

    static func uri(_ s: String) -> String? {
        if let problem = urlParseProblem(s) { return problem }
        return hasScheme(s) ? nil : "relative url"
    }

    static func uriReference(_ s: String) -> String? {
        if s.contains("\\") { return "contains \\" }
        return urlParseProblem(s)
    }
}
