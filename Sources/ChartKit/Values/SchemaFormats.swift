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
        case "regex":
            do { _ = try GoRegexp(s) } catch { return "\(error)" }
            return nil
        default: return nil
        }
    }

    private static func goRune(_ c: Unicode.Scalar) -> String {
        "'" + goQuote(String(c)).dropFirst().dropLast() + "'"
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
}
