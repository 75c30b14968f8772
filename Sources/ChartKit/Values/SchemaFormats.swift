import Foundation
import GoValue

/// The `format` checks the validator asserts for draft-04/06/07 schemas (newer drafts
/// treat `format` as an annotation). Non-strings always pass.
enum SchemaFormats {
    /// The reason `v` is not a valid `format`, or nil when it is (or the format is unknown).
    static func check(_ format: String, _ v: GoValue) -> String? {
        guard case .string(let s) = v else { return nil }
        switch format {
        case "ipv4": return ipv4(s)
        case "uuid": return uuid(s)
        case "email": return email(s)
        case "date": return date(s)
        default: return nil
        }
    }

    private static func ipv4(_ s: String) -> String? {
        let groups = s.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count != 4 { return "expected four decimals" }
        for g in groups {
            if g.count > 1 && g.hasPrefix("0") { return "leading zeros" }
            guard let n = Int(g), (0...255).contains(n), g.allSatisfy(\.isNumber) else { return "invalid decimal \(goQuote(String(g)))" }
        }
        return nil
    }

    private static func uuid(_ s: String) -> String? {
        let hex = Array(s)
        let dashes = [8, 13, 18, 23]
        if hex.count != 36 { return "must be 36 characters long" }
        for (i, c) in hex.enumerated() {
            if dashes.contains(i) {
                if c != "-" { return "- must be at index \(i)" }
            } else if !c.isHexDigit {
                return "invalid hex character \(goQuote(String(c)))"
            }
        }
        return nil
    }

    private static func email(_ s: String) -> String? {
        guard let at = s.lastIndex(of: "@") else { return "missing @" }
        let local = s[..<at]
        if local.isEmpty { return "empty local part" }
        if s[s.index(after: at)...].isEmpty { return "empty domain" }
        return nil
    }

    private static func date(_ s: String) -> String? {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        if s.count != 10 || f.date(from: s) == nil { return "parsing time \(goQuote(s)) as \"2006-01-02\": cannot parse" }
        return nil
    }
}
