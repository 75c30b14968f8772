/// The part of go-yaml v2's emitter (a port of libyaml's) that `toYaml` exercises:
/// block mappings and sequences, `{}`/`[]` for empty ones, and the five scalar
/// writers with their style fallbacks, 2-space indent and folding past column 80.
///
/// Columns count characters, not bytes, as go-yaml counts them.
struct YAMLEmitter {
    /// Which go-yaml's emitter to imitate: v2 (`toYaml`) or v3 (`toYamlPretty`).
    enum Flavor { case v2, v3 }

    private let flavor: Flavor
    private let bestIndent = 2
    /// v2 folds past column 80; v3 (as Helm configures it) never folds.
    private let bestWidth: Int

    private(set) var out: [UInt8] = []
    private var indent = -1
    private var indents: [Int] = []
    private var column = 0
    private var whitespace = true
    private var indention = true
    private var rootContext = false
    private var mappingContext = false
    private var simpleKeyContext = false

    /// Emits one document holding `node`, as `yaml.Marshal` does (implicit start and end).
    init(flavor: Flavor) {
        self.flavor = flavor
        bestWidth = flavor == .v2 ? 80 : Int.max
    }

    static func document(_ node: YAMLEmitNode, flavor: Flavor = .v2) -> String {
        var e = YAMLEmitter(flavor: flavor)
        e.out.reserveCapacity(256)
        e.emitNode(node, root: true, mapping: false, simpleKey: false)
        e.writeIndent()
        return String(decoding: e.out, as: UTF8.self)
    }

    // MARK: structure

    private mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? bestIndent : 0
        } else if !indentless {
            indent += bestIndent
        }
    }

    private mutating func popIndent() { indent = indents.removeLast() }

    private mutating func emitNode(_ node: YAMLEmitNode, root: Bool, mapping: Bool, simpleKey: Bool) {
        rootContext = root
        mappingContext = mapping
        simpleKeyContext = simpleKey
        switch node {
        case .scalar(let text, let style):
            emitScalar(Array(text.utf8), requested: style)
        case .sequence(let items):
            if items.isEmpty {
                writeIndicator("[", needWhitespace: true, isWhitespace: true, isIndention: false)
                writeIndicator("]", needWhitespace: false, isWhitespace: false, isIndention: false)
                return
            }
            // v2 writes a sequence under a mapping key without indenting it; v3 indents it.
            increaseIndent(flow: false, indentless: flavor == .v2 && mappingContext && !indention)
            for item in items {
                writeIndent()
                writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
                emitNode(item, root: false, mapping: false, simpleKey: false)
            }
            popIndent()
        case .mapping(let pairs):
            if pairs.isEmpty {
                writeIndicator("{", needWhitespace: true, isWhitespace: true, isIndention: false)
                writeIndicator("}", needWhitespace: false, isWhitespace: false, isIndention: false)
                return
            }
            increaseIndent(flow: false, indentless: false)
            for (key, value) in pairs {
                writeIndent()
                if isSimpleKey(key) {
                    emitNode(key, root: false, mapping: true, simpleKey: true)
                    writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
                } else {
                    writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
                    emitNode(key, root: false, mapping: true, simpleKey: false)
                    writeIndent()
                    writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
                }
                emitNode(value, root: false, mapping: true, simpleKey: false)
            }
            popIndent()
        }
    }

    private func isSimpleKey(_ node: YAMLEmitNode) -> Bool {
        switch node {
        case .scalar(let text, _):
            let a = ScalarAnalysis(Array(text.utf8), tabsAreSpecial: flavor == .v2)
            return !a.multiline && text.utf8.count <= 128
        case .sequence(let items): return items.isEmpty
        case .mapping(let pairs): return pairs.isEmpty
        }
    }

    // MARK: scalars

    private mutating func emitScalar(_ value: [UInt8], requested: YAMLEmitNode.Style) {
        let a = ScalarAnalysis(value, tabsAreSpecial: flavor == .v2)
        enum Chosen { case plain, single, double, literal }
        var style: Chosen
        switch requested {
        case .plain: style = .plain
        case .doubleQuoted: style = .double
        case .literal: style = .literal
        }
        if simpleKeyContext && a.multiline { style = .double }
        if style == .plain {
            if !a.blockPlainAllowed { style = .single }
            if value.isEmpty && simpleKeyContext { style = .single }
        }
        if style == .single && !a.singleQuotedAllowed { style = .double }
        if style == .literal && (!a.blockAllowed || simpleKeyContext) { style = .double }

        increaseIndent(flow: true, indentless: false)
        switch style {
        case .plain: writePlain(value, allowBreaks: !simpleKeyContext)
        case .single: writeSingleQuoted(value, allowBreaks: !simpleKeyContext)
        case .double: writeDoubleQuoted(value, allowBreaks: !simpleKeyContext)
        case .literal: writeLiteral(value)
        }
        popIndent()
    }

    // MARK: low-level writing

    private mutating func put(_ c: UInt8) {
        out.append(c)
        column += 1
    }

    private mutating func putBreak() {
        out.append(UInt8(ascii: "\n"))
        column = 0
    }

    /// Copies one UTF-8 character and counts it as one column.
    private mutating func write(_ v: [UInt8], _ i: inout Int) {
        let w = ScalarAnalysis.width(v[i])
        out.append(contentsOf: v[i..<min(i + max(w, 1), v.count)])
        column += 1
        i += max(w, 1)
    }

    private mutating func writeBreak(_ v: [UInt8], _ i: inout Int) {
        if v[i] == UInt8(ascii: "\n") {
            putBreak()
            i += 1
        } else {
            write(v, &i)
            column = 0
        }
    }

    private mutating func writeIndent() {
        let ind = max(indent, 0)
        if !indention || column > ind || (column == ind && !whitespace) {
            putBreak()
        }
        while column < ind { put(UInt8(ascii: " ")) }
        whitespace = true
        indention = true
    }

    private mutating func writeIndicator(_ s: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(UInt8(ascii: " ")) }
        let b = Array(s.utf8)
        var i = 0
        while i < b.count { write(b, &i) }
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    private static func isSpace(_ v: [UInt8], _ i: Int) -> Bool { i < v.count && v[i] == UInt8(ascii: " ") }

    private mutating func writePlain(_ v: [UInt8], allowBreaks: Bool) {
        if !whitespace { put(UInt8(ascii: " ")) }
        var spaces = false, breaks = false
        var i = 0
        while i < v.count {
            if Self.isSpace(v, i) {
                if allowBreaks && !spaces && column > bestWidth && !Self.isSpace(v, i + 1) {
                    writeIndent()
                    i += 1
                } else {
                    write(v, &i)
                }
                spaces = true
            } else if ScalarAnalysis.isBreak(v, i) {
                if !breaks && v[i] == UInt8(ascii: "\n") { putBreak() }
                writeBreak(v, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                write(v, &i)
                indention = false
                spaces = false
                breaks = false
            }
        }
        whitespace = false
        indention = false
    }

    private mutating func writeSingleQuoted(_ v: [UInt8], allowBreaks: Bool) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false, breaks = false
        var i = 0
        while i < v.count {
            if Self.isSpace(v, i) {
                if allowBreaks && !spaces && column > bestWidth && i > 0 && i < v.count - 1 && !Self.isSpace(v, i + 1) {
                    writeIndent()
                    i += 1
                } else {
                    write(v, &i)
                }
                spaces = true
            } else if ScalarAnalysis.isBreak(v, i) {
                if !breaks && v[i] == UInt8(ascii: "\n") { putBreak() }
                writeBreak(v, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if v[i] == UInt8(ascii: "'") { put(UInt8(ascii: "'")) }
                write(v, &i)
                indention = false
                spaces = false
                breaks = false
            }
        }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private mutating func writeDoubleQuoted(_ v: [UInt8], allowBreaks: Bool) {
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        // go-yaml's BOM test looks at the start of the value, not the current character.
        let startsWithBOM = v.count >= 3 && v[0] == 0xEF && v[1] == 0xBB && v[2] == 0xBF
        var spaces = false
        var i = 0
        let hexDigits = Array("0123456789ABCDEF".utf8)
        while i < v.count {
            if !ScalarAnalysis.isPrintable(v, i) || startsWithBOM || ScalarAnalysis.isBreak(v, i)
                || v[i] == UInt8(ascii: "\"") || v[i] == UInt8(ascii: "\\") {
                var octet = v[i]
                var w = 1
                var r: UInt32 = 0
                if octet & 0x80 == 0 { w = 1; r = UInt32(octet & 0x7F) }
                else if octet & 0xE0 == 0xC0 { w = 2; r = UInt32(octet & 0x1F) }
                else if octet & 0xF0 == 0xE0 { w = 3; r = UInt32(octet & 0x0F) }
                else if octet & 0xF8 == 0xF0 { w = 4; r = UInt32(octet & 0x07) }
                var k = 1
                while k < w, i + k < v.count {
                    octet = v[i + k]
                    r = (r << 6) + UInt32(octet & 0x3F)
                    k += 1
                }
                i += w
                put(UInt8(ascii: "\\"))
                switch r {
                case 0x00: put(UInt8(ascii: "0"))
                case 0x07: put(UInt8(ascii: "a"))
                case 0x08: put(UInt8(ascii: "b"))
                case 0x09: put(UInt8(ascii: "t"))
                case 0x0A: put(UInt8(ascii: "n"))
                case 0x0B: put(UInt8(ascii: "v"))
                case 0x0C: put(UInt8(ascii: "f"))
                case 0x0D: put(UInt8(ascii: "r"))
                case 0x1B: put(UInt8(ascii: "e"))
                case 0x22: put(UInt8(ascii: "\""))
                case 0x5C: put(UInt8(ascii: "\\"))
                case 0x85: put(UInt8(ascii: "N"))
                case 0xA0: put(UInt8(ascii: "_"))
                case 0x2028: put(UInt8(ascii: "L"))
                case 0x2029: put(UInt8(ascii: "P"))
                default:
                    let digits: Int
                    if r <= 0xFF { put(UInt8(ascii: "x")); digits = 2 }
                    else if r <= 0xFFFF { put(UInt8(ascii: "u")); digits = 4 }
                    else { put(UInt8(ascii: "U")); digits = 8 }
                    var shift = (digits - 1) * 4
                    while shift >= 0 {
                        put(hexDigits[Int((r >> UInt32(shift)) & 0x0F)])
                        shift -= 4
                    }
                }
                spaces = false
            } else if Self.isSpace(v, i) {
                if allowBreaks && !spaces && column > bestWidth && i > 0 && i < v.count - 1 {
                    writeIndent()
                    if Self.isSpace(v, i + 1) { put(UInt8(ascii: "\\")) }
                    i += 1
                } else {
                    write(v, &i)
                }
                spaces = true
            } else {
                write(v, &i)
                spaces = false
            }
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private mutating func writeBlockHints(_ v: [UInt8]) {
        if Self.isSpace(v, 0) || ScalarAnalysis.isBreak(v, 0) {
            writeIndicator(String(bestIndent), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        var chomp: String?
        if v.isEmpty {
            chomp = "-"
        } else {
            var i = v.count - 1
            while i > 0, v[i] & 0xC0 == 0x80 { i -= 1 }
            if !ScalarAnalysis.isBreak(v, i) {
                chomp = "-"
            } else if i == 0 {
                chomp = "+"
            } else {
                i -= 1
                while i > 0, v[i] & 0xC0 == 0x80 { i -= 1 }
                if ScalarAnalysis.isBreak(v, i) { chomp = "+" }
            }
        }
        if let chomp { writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false) }
    }

    private mutating func writeLiteral(_ v: [UInt8]) {
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        writeBlockHints(v)
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        var i = 0
        while i < v.count {
            if ScalarAnalysis.isBreak(v, i) {
                writeBreak(v, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                write(v, &i)
                indention = false
                breaks = false
            }
        }
    }
}
