/// The named groups of Go's syntax: Perl escapes, POSIX classes, Unicode tables.
enum RegexGroups {
    private static func r(_ pairs: [(Character, Character)]) -> CodePointSet {
        .ranges(pairs.map { $0.0.unicodeScalars.first!.value...$0.1.unicodeScalars.first!.value })
    }

    /// `\d \s \w` and their negations (ASCII only, as in Go).
    static func perl(_ letter: Character) -> (CodePointSet, negated: Bool)? {
        switch letter {
        case "d": return (r([("0", "9")]), false)
        case "D": return (r([("0", "9")]), true)
        case "s": return (r([("\t", "\n"), ("\u{0C}", "\r"), (" ", " ")]), false)
        case "S": return (r([("\t", "\n"), ("\u{0C}", "\r"), (" ", " ")]), true)
        case "w": return (r([("0", "9"), ("A", "Z"), ("_", "_"), ("a", "z")]), false)
        case "W": return (r([("0", "9"), ("A", "Z"), ("_", "_"), ("a", "z")]), true)
        default: return nil
        }
    }

    /// `[:name:]` (ASCII only, as in Go).
    static func posix(_ name: String) -> CodePointSet? {
        switch name {
        case "alnum": return r([("0", "9"), ("A", "Z"), ("a", "z")])
        case "alpha": return r([("A", "Z"), ("a", "z")])
        case "ascii": return .ranges([0...0x7F])
        case "blank": return r([("\t", "\t"), (" ", " ")])
        case "cntrl": return .ranges([0...0x1F, 0x7F...0x7F])
        case "digit": return r([("0", "9")])
        case "graph": return r([("!", "~")])
        case "lower": return r([("a", "z")])
        case "print": return r([(" ", "~")])
        case "punct": return r([("!", "/"), (":", "@"), ("[", "`"), ("{", "~")])
        case "space": return r([("\t", "\r"), (" ", " ")])
        case "upper": return r([("A", "Z")])
        case "word": return r([("0", "9"), ("A", "Z"), ("_", "_"), ("a", "z")])
        case "xdigit": return r([("0", "9"), ("A", "F"), ("a", "f")])
        default: return nil
        }
    }

    /// Go's `canonicalName`: first letter upper, the rest lower, without `_`, `-` and spaces.
    static func canonicalName(_ name: String) -> String {
        var out = ""
        var first = true
        for ch in name {
            if ch == "_" || ch == "-" || ch == " " { continue }
            if first { out += ch.uppercased(); first = false } else { out += ch.lowercased() }
        }
        return out
    }

    /// A `\p{name}` table; `inverted` for names Go defines by complement (`Assigned`).
    static func unicodeTable(_ rawName: String) -> (CodePointSet, inverted: Bool)? {
        let name = canonicalName(rawName)
        switch name {
        case "Any": return (.ranges([0...0x10FFFF]), false)
        case "Assigned": return (.unassigned, true)
        case "Ascii": return (.ranges([0...0x7F]), false)
        default: break
        }
        if let cats = categories[name] ?? categoryAliases[name].flatMap({ categories[$0] }) {
            return (.categories(cats), false)
        }
        if let ranges = scripts[name] { return (.ranges(ranges), false) }
        return nil
    }

    private static let categories: [String: Set<Unicode.GeneralCategory>] = {
        let table: [String: [Unicode.GeneralCategory]] = [
            "Lu": [.uppercaseLetter], "Ll": [.lowercaseLetter], "Lt": [.titlecaseLetter],
            "Lm": [.modifierLetter], "Lo": [.otherLetter],
            "Mn": [.nonspacingMark], "Mc": [.spacingMark], "Me": [.enclosingMark],
            "Nd": [.decimalNumber], "Nl": [.letterNumber], "No": [.otherNumber],
            "Pc": [.connectorPunctuation], "Pd": [.dashPunctuation], "Ps": [.openPunctuation],
            "Pe": [.closePunctuation], "Pi": [.initialPunctuation], "Pf": [.finalPunctuation],
            "Po": [.otherPunctuation],
            "Sm": [.mathSymbol], "Sc": [.currencySymbol], "Sk": [.modifierSymbol], "So": [.otherSymbol],
            "Zs": [.spaceSeparator], "Zl": [.lineSeparator], "Zp": [.paragraphSeparator],
            "Cc": [.control], "Cf": [.format], "Cs": [.surrogate], "Co": [.privateUse], "Cn": [.unassigned],
        ]
        var out = table.mapValues { Set($0) }
        for major in ["L", "M", "N", "P", "S", "Z"] {
            out[major] = Set(table.filter { $0.key.hasPrefix(major) }.flatMap(\.value))
        }
        // Go's C omits the unassigned code points.
        out["C"] = [.control, .format, .surrogate, .privateUse]
        out["Lc"] = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter]
        return out
    }()

    private static let categoryAliases: [String: String] = {
        let aliases: [String: String] = [
            "Cased_Letter": "Lc", "Close_Punctuation": "Pe", "Combining_Mark": "M",
            "Connector_Punctuation": "Pc", "Control": "Cc", "Currency_Symbol": "Sc",
            "Dash_Punctuation": "Pd", "Decimal_Number": "Nd", "Enclosing_Mark": "Me",
            "Final_Punctuation": "Pf", "Format": "Cf", "Initial_Punctuation": "Pi", "Letter": "L",
            "Letter_Number": "Nl", "Line_Separator": "Zl", "Lowercase_Letter": "Ll", "Mark": "M",
            "Math_Symbol": "Sm", "Modifier_Letter": "Lm", "Modifier_Symbol": "Sk",
            "Nonspacing_Mark": "Mn", "Number": "N", "Open_Punctuation": "Ps", "Other": "C",
            "Other_Letter": "Lo", "Other_Number": "No", "Other_Punctuation": "Po", "Other_Symbol": "So",
            "Paragraph_Separator": "Zp", "Private_Use": "Co", "Punctuation": "P", "Separator": "Z",
            "Space_Separator": "Zs", "Spacing_Mark": "Mc", "Surrogate": "Cs", "Symbol": "S",
            "Titlecase_Letter": "Lt", "Unassigned": "Cn", "Uppercase_Letter": "Lu", "cntrl": "Cc",
            "digit": "Nd", "punct": "P",
        ]
        var out: [String: String] = [:]
        for (k, v) in aliases { out[canonicalName(k)] = v }
        return out
    }()

    /// The scripts charts plausibly use, by their main blocks (Go has every script; an unknown
    /// one here is reported as Go reports a misspelt name).
    private static let scripts: [String: [ClosedRange<UInt32>]] = [
        "Latin": [0x41...0x5A, 0x61...0x7A, 0xAA...0xAA, 0xBA...0xBA, 0xC0...0xD6, 0xD8...0xF6,
                  0xF8...0x2B8, 0x2E0...0x2E4, 0x1D00...0x1D25, 0x1D2C...0x1D5C, 0x1D62...0x1D65,
                  0x1D6B...0x1D77, 0x1D79...0x1DBE, 0x1E00...0x1EFF, 0x2071...0x2071, 0x207F...0x207F,
                  0x2090...0x209C, 0x212A...0x212B, 0x2132...0x2132, 0x214E...0x214E, 0x2160...0x2188,
                  0x2C60...0x2C7F, 0xA722...0xA787, 0xA78B...0xA7FF, 0xAB30...0xAB5A, 0xAB5C...0xAB64,
                  0xFB00...0xFB06, 0xFF21...0xFF3A, 0xFF41...0xFF5A],
        "Greek": [0x370...0x373, 0x375...0x377, 0x37A...0x37D, 0x37F...0x37F, 0x384...0x384,
                  0x386...0x386, 0x388...0x3E1, 0x3F0...0x3FF, 0x1D26...0x1D2A, 0x1F00...0x1FFE, 0x2126...0x2126],
        "Cyrillic": [0x400...0x52F, 0x1C80...0x1C88, 0x1D2B...0x1D2B, 0x2DE0...0x2DFF, 0xA640...0xA69F],
        "Armenian": [0x531...0x556, 0x559...0x58A, 0x58D...0x58F, 0xFB13...0xFB17],
        "Hebrew": [0x591...0x5C7, 0x5D0...0x5EA, 0x5EF...0x5F4, 0xFB1D...0xFB4F],
        "Arabic": [0x600...0x604, 0x606...0x60B, 0x60D...0x61A, 0x61C...0x61E, 0x620...0x63F,
                   0x641...0x64A, 0x656...0x66F, 0x671...0x6DC, 0x6DE...0x6FF, 0x750...0x77F,
                   0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFC],
        "Devanagari": [0x900...0x950, 0x955...0x963, 0x966...0x97F, 0xA8E0...0xA8FF],
        "Thai": [0xE01...0xE3A, 0xE40...0xE5B],
        "Georgian": [0x10A0...0x10C5, 0x10C7...0x10C7, 0x10CD...0x10CD, 0x10D0...0x10FA,
                     0x10FC...0x10FF, 0x1C90...0x1CBA, 0x1CBD...0x1CBF, 0x2D00...0x2D25],
        "Hangul": [0x1100...0x11FF, 0x302E...0x302F, 0x3131...0x318E, 0x3200...0x321E,
                   0x3260...0x327E, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xD7B0...0xD7FB, 0xFFA0...0xFFDC],
        "Hiragana": [0x3041...0x3096, 0x309D...0x309F, 0x1B001...0x1B11F, 0x1F200...0x1F200],
        "Katakana": [0x30A1...0x30FA, 0x30FD...0x30FF, 0x31F0...0x31FF, 0x32D0...0x32FE,
                     0x3300...0x3357, 0xFF66...0xFF6F, 0xFF71...0xFF9D],
        "Han": [0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x3005...0x3005, 0x3007...0x3007,
                0x3021...0x3029, 0x3038...0x303B, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFA6D,
                0xFA70...0xFAD9, 0x20000...0x2A6DF, 0x2A700...0x2EBE0, 0x2F800...0x2FA1D, 0x30000...0x3134A],
    ]
}
