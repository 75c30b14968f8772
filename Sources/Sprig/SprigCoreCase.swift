/// Case conversion as huandu/xstrings (v1.5) does it for Sprig's `snakecase`,
/// `kebabcase` and `camelcase` (xstrings' `ToPascalCase`).
///
/// The input is cut into words (upper-case runs, letter runs, numbers, connectors,
/// punctuation); the rules for gluing numbers to words are xstrings' own and decide
/// outputs like `Bld4Floor` → `bld4_floor` and `HTTP2xx` → `http_2xx`.
enum SprigCoreCase {
    enum WordType { case invalid, number, upperCase, alphabet, connector, punct, other }

    private typealias Scalars = [Unicode.Scalar]
    private static let runeError: Unicode.Scalar = "\u{FFFD}"

    /// `_`, `-` and whitespace join words.
    static func isConnector(_ r: Unicode.Scalar) -> Bool { r == "-" || r == "_" || SprigCoreValues.isSpace(r) }

    /// A letter that is not a CJK ideograph.
    static func isAlphabet(_ r: Unicode.Scalar) -> Bool {
        guard SprigCoreValues.isLetter(r) else { return false }
        switch r.value {
        case ..<0x3400: return true
        case 0x4E00...0x9FCC, 0x3400...0x4D85, 0x20000...0x2B81D: return false
        default: return true
        }
    }

    /// `xstrings.ToSnakeCase`.
    static func snake(_ s: String) -> String { toLowerCase(s, connector: "_") }
    /// `xstrings.ToKebabCase`.
    static func kebab(_ s: String) -> String { toLowerCase(s, connector: "-") }

    /// `xstrings.ToPascalCase`: connectors vanish and the rune after them is upper-cased,
    /// as is the first rune; runs of several connectors keep all but the last; an upper-case
    /// rune right after another upper-case rune is lowered (`HTTPServer` → `Httpserver`).
    static func pascal(_ s: String) -> String {
        let runes = Array(s.unicodeScalars)
        guard !runes.isEmpty else { return "" }
        var out = String.UnicodeScalarView()
        var i = 0
        var r0: Unicode.Scalar = " "
        while i < runes.count {
            r0 = runes[i]; i += 1
            if !isConnector(r0) { r0 = SprigCoreValues.toUpper(r0); break }
            out.append(r0)
        }
        if i >= runes.count {
            // xstrings writes the last rune here even when the loop above already wrote it.
            out.append(r0)
            return String(out)
        }
        while i < runes.count {
            let r1 = r0
            let previous = runes[i - 1]
            r0 = runes[i]; i += 1
            if isConnector(r0) && isConnector(r1) { out.append(r1); continue }
            if isConnector(r1) {
                r0 = SprigCoreValues.toUpper(r0)
            } else {
                if SprigCoreValues.isUpper(previous) && SprigCoreValues.isUpper(r0) { r0 = SprigCoreValues.toLower(r0) }
                out.append(r1)
            }
        }
        out.append(r0)
        return String(out)
    }

    private static func toLowerCase(_ s: String, connector: Unicode.Scalar) -> String {
        let runes = Array(s.unicodeScalars)
        guard !runes.isEmpty else { return "" }
        var out = String.UnicodeScalarView()
        var (wt, word, rest) = nextWord(runes[...])
        while !rest.isEmpty {
            if wt != .connector { lower(&out, wt, word, connector) }
            let prev = wt
            let last = word
            (wt, word, rest) = nextWord(rest)
            switch prev {
            case .number:
                while wt == .alphabet || wt == .number {
                    lower(&out, wt, word, connector)
                    (wt, word, rest) = nextWord(rest)
                }
                if wt != .invalid && wt != .punct && wt != .connector { out.append(connector) }
            case .connector:
                lower(&out, prev, last, connector)
            case .punct:
                break
            default:
                if wt != .number {
                    if wt != .connector && wt != .punct { out.append(connector) }
                    break
                }
                if rest.isEmpty { break }
                let number = word
                (wt, word, rest) = nextWord(rest)
                if wt != .alphabet {
                    lower(&out, .number, number, connector)
                    if wt != .connector && wt != .punct { out.append(connector) }
                    break
                }
                out.append(connector)
                lower(&out, .number, number, connector)
                while wt == .alphabet || wt == .number {
                    lower(&out, wt, word, connector)
                    (wt, word, rest) = nextWord(rest)
                }
                if wt != .invalid && wt != .connector && wt != .punct { out.append(connector) }
            }
        }
        lower(&out, wt, word, connector)
        return String(out)
    }

    private static func lower(_ out: inout String.UnicodeScalarView, _ wt: WordType,
                              _ word: ArraySlice<Unicode.Scalar>, _ connector: Unicode.Scalar) {
        if wt != .upperCase && wt != .connector { out.append(contentsOf: word); return }
        for r in word {
            if isConnector(r) { out.append(connector) } else if SprigCoreValues.isUpper(r) { out.append(SprigCoreValues.toLower(r)) } else { out.append(r) }
        }
    }

    /// The first rune at or after `i` that is not U+FFFD (Go's RuneError), and how many runes it took.
    private static func nextValid(_ s: ArraySlice<Unicode.Scalar>, _ prev: Unicode.Scalar) -> (Unicode.Scalar, Int) {
        var size = 0
        for r in s {
            size += 1
            if r != runeError { return (r, size) }
        }
        return (prev, size)
    }

    /// xstrings' `nextWord`: the type and text of the next word and what follows it.
    static func nextWord(_ s: ArraySlice<Unicode.Scalar>)
        -> (WordType, ArraySlice<Unicode.Scalar>, ArraySlice<Unicode.Scalar>) {
        guard !s.isEmpty else { return (.invalid, s, s) }
        let start = s.startIndex
        var offset = 0
        var remaining = s
        var (r, size) = nextValid(remaining, runeError)
        offset += size
        if r == runeError {
            return (.invalid, s[start..<(start + offset)], s[(start + offset)...])
        }
        var wt: WordType
        func advance(while keep: (Unicode.Scalar) -> Bool) {
            while !remaining.isEmpty {
                (r, size) = nextValid(remaining, r)
                if !keep(r) { break }
                offset += size
                remaining = remaining.dropFirst(size)
            }
        }
        if isConnector(r) {
            wt = .connector
            remaining = remaining.dropFirst(size)
            advance(while: isConnector)
        } else if SprigCoreValues.isPunct(r) {
            wt = .punct
            remaining = remaining.dropFirst(size)
            advance(while: SprigCoreValues.isPunct)
        } else if SprigCoreValues.isUpper(r) {
            wt = .upperCase
            remaining = remaining.dropFirst(size)
            if !remaining.isEmpty {
                (r, size) = nextValid(remaining, r)
                if SprigCoreValues.isUpper(r) {
                    var prevSize = size
                    offset += size
                    remaining = remaining.dropFirst(size)
                    while !remaining.isEmpty {
                        (r, size) = nextValid(remaining, r)
                        if !SprigCoreValues.isUpper(r) { break }
                        prevSize = size
                        offset += size
                        remaining = remaining.dropFirst(size)
                    }
                    if !remaining.isEmpty && isAlphabet(r) {
                        offset -= prevSize
                        remaining = s[(start + offset)...]
                    }
                } else if isAlphabet(r) {
                    offset += size
                    remaining = remaining.dropFirst(size)
                    advance { isAlphabet($0) && !SprigCoreValues.isUpper($0) }
                }
            }
        } else if isAlphabet(r) {
            wt = .alphabet
            remaining = remaining.dropFirst(size)
            advance { isAlphabet($0) && !SprigCoreValues.isUpper($0) }
        } else if SprigCoreValues.isNumber(r) {
            wt = .number
            remaining = remaining.dropFirst(size)
            advance(while: SprigCoreValues.isNumber)
        } else {
            wt = .other
            remaining = remaining.dropFirst(size)
            advance { !(isConnector($0) || isAlphabet($0) || SprigCoreValues.isNumber($0) || SprigCoreValues.isPunct($0)) }
        }
        return (wt, s[start..<(start + offset)], remaining)
    }
}
