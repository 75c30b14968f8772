/// go-yaml v2's `yaml_emitter_analyze_scalar`: which scalar styles can carry a value
/// unchanged (with the emitter in unicode mode).
struct ScalarAnalysis {
    var multiline = false
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true

    /// `tabsAreSpecial`: go-yaml v2 counts a tab as a special character (no plain, quoted
    /// or block style); v3 only rules out plain and single-quoted styles for it.
    init(_ value: [UInt8], tabsAreSpecial: Bool = true) {
        if value.isEmpty {
            multiline = false
            blockPlainAllowed = true
            singleQuotedAllowed = true
            blockAllowed = false
            return
        }
        var blockIndicators = false
        var lineBreaks = false, specialCharacters = false, tabCharacters = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false
        var previousSpace = false, previousBreak = false

        if value.count >= 3 && ((value[0] == UInt8(ascii: "-") && value[1] == UInt8(ascii: "-") && value[2] == UInt8(ascii: "-"))
            || (value[0] == UInt8(ascii: ".") && value[1] == UInt8(ascii: ".") && value[2] == UInt8(ascii: "."))) {
            blockIndicators = true
        }
        var precededByWhitespace = true
        var i = 0
        while i < value.count {
            let w = max(Self.width(value[i]), 1)
            let followedByWhitespace = i + w >= value.count || Self.isBlank(value, i + w)
            let c = value[i]
            if i == 0 {
                switch c {
                case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                     UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
                     UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
                    blockIndicators = true
                case UInt8(ascii: "?"), UInt8(ascii: ":"):
                    if followedByWhitespace { blockIndicators = true }
                case UInt8(ascii: "-"):
                    if followedByWhitespace { blockIndicators = true }
                default: break
                }
            } else {
                switch c {
                case UInt8(ascii: ":"):
                    if followedByWhitespace { blockIndicators = true }
                case UInt8(ascii: "#"):
                    if precededByWhitespace { blockIndicators = true }
                default: break
                }
            }
            if c == UInt8(ascii: "\t") && !tabsAreSpecial {
                tabCharacters = true
            } else if !Self.isPrintable(value, i) {
                specialCharacters = true
            }
            if c == UInt8(ascii: " ") {
                if i == 0 { leadingSpace = true }
                if i + w == value.count { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if Self.isBreak(value, i) {
                lineBreaks = true
                if i == 0 { leadingBreak = true }
                if i + w == value.count { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = Self.isBlank(value, i) || Self.isBreak(value, i) || c == 0
            i += w
        }
        multiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak { blockPlainAllowed = false }
        if trailingSpace { blockAllowed = false }
        if breakSpace { blockPlainAllowed = false; singleQuotedAllowed = false }
        if spaceBreak || tabCharacters || specialCharacters {
            blockPlainAllowed = false; singleQuotedAllowed = false
        }
        if spaceBreak || specialCharacters { blockAllowed = false }
        if lineBreaks { blockPlainAllowed = false }
        if blockIndicators { blockPlainAllowed = false }
    }

    static func width(_ b: UInt8) -> Int {
        if b & 0x80 == 0 { return 1 }
        if b & 0xE0 == 0xC0 { return 2 }
        if b & 0xF0 == 0xE0 { return 3 }
        if b & 0xF8 == 0xF0 { return 4 }
        return 0
    }

    static func at(_ b: [UInt8], _ i: Int) -> UInt8 { i < b.count ? b[i] : 0 }

    static func isBlank(_ b: [UInt8], _ i: Int) -> Bool {
        let c = at(b, i)
        return c == UInt8(ascii: " ") || c == UInt8(ascii: "\t")
    }

    static func isBreak(_ b: [UInt8], _ i: Int) -> Bool {
        let c = at(b, i)
        return c == UInt8(ascii: "\r") || c == UInt8(ascii: "\n")
            || (c == 0xC2 && at(b, i + 1) == 0x85)
            || (c == 0xE2 && at(b, i + 1) == 0x80 && (at(b, i + 2) == 0xA8 || at(b, i + 2) == 0xA9))
    }

    static func isPrintable(_ b: [UInt8], _ i: Int) -> Bool {
        let c = at(b, i)
        return c == 0x0A
            || (c >= 0x20 && c <= 0x7E)
            || (c == 0xC2 && at(b, i + 1) >= 0xA0)
            || (c > 0xC2 && c < 0xED)
            || (c == 0xED && at(b, i + 1) < 0xA0)
            || c == 0xEE
            || (c == 0xEF && !(at(b, i + 1) == 0xBB && at(b, i + 2) == 0xBF)
                && !(at(b, i + 1) == 0xBF && (at(b, i + 2) == 0xBE || at(b, i + 2) == 0xBF)))
    }
}
