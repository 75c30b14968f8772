/// Parses Go's regular expression syntax (`regexp/syntax` with the `Perl` flags that
/// `regexp.Compile` uses) into a `RegexNode`, reporting errors with Go's codes and quoted
/// fragments. Scanning is left to right, so the first error met is the one Go reports.
struct RegexParser {
    /// The parse flags Go tracks while scanning; `(?flags)` changes them until the group closes.
    struct Flags: Sendable {
        var foldCase = false
        /// `^`/`$` match only at the text's ends (cleared by `(?m)`).
        var oneLine = true
        /// `.` matches `\n` (`(?s)`).
        var dotNL = false
        /// Repetitions prefer fewer (`(?U)`).
        var nonGreedy = false
    }

    /// A group being parsed: finished alternatives, the current concatenation, and what to
    /// restore when it closes.
    private struct Frame {
        var alternatives: [[RegexNode]] = []
        var current: [RegexNode] = []
        var capture: (index: Int, name: String?)?
        var savedFlags: Flags
    }

    static let maxRepeat = 1000
    /// Go refuses trees taller than 1000; bounding group nesting keeps our recursive
    /// compilation safe in the same spirit.
    static let maxNesting = 1000

    private let p: [Unicode.Scalar]
    private let whole: String
    private var i = 0
    private var flags = Flags()
    private var frames: [Frame]
    private(set) var captureCount = 0
    private(set) var captureNames: [String?] = [nil]

    init(_ pattern: String) {
        p = Array(pattern.unicodeScalars)
        whole = pattern
        frames = [Frame(savedFlags: Flags())]
    }

    private func text(_ from: Int, _ to: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: p[max(0, from)..<min(to, p.count)])
        return String(view)
    }

    private func fail(_ code: RegexSyntaxError.Code, _ from: Int, _ to: Int) -> RegexSyntaxError {
        RegexSyntaxError(code: code, expression: text(from, to))
    }

    private func at(_ k: Int) -> Unicode.Scalar? { k < p.count ? p[k] : nil }

    private func isChar(_ k: Int, _ c: Unicode.Scalar) -> Bool { k < p.count && p[k] == c }

    private mutating func push(_ node: RegexNode) { frames[frames.count - 1].current.append(node) }

    private mutating func literal(_ c: UInt32) {
        push(.literal(c, fold: flags.foldCase && CaseFolding.orbit(of: c).count > 1))
    }

    /// Parses the whole pattern.
    mutating func parse() throws(RegexSyntaxError) -> RegexNode {
        var lastRepeat: Int? = nil
        while i < p.count {
            var repeatStart: Int? = nil
            let c = p[i]
            switch c {
            case "(":
                if isChar(i + 1, "?") {
                    try parsePerlFlags()
                } else {
                    captureCount += 1
                    captureNames.append(nil)
                    frames.append(Frame(capture: (captureCount, nil), savedFlags: flags))
                    i += 1
                    if frames.count > Self.maxNesting { throw RegexSyntaxError(code: .nestingDepth, expression: whole) }
                }
            case "|":
                let f = frames.count - 1
                frames[f].alternatives.append(frames[f].current)
                frames[f].current = []
                i += 1
            case ")":
                guard frames.count > 1 else { throw RegexSyntaxError(code: .unexpectedParen, expression: whole) }
                let frame = frames.removeLast()
                var node = Self.close(frame)
                if let cap = frame.capture { node = .capture(cap.index, name: cap.name, node) }
                flags = frame.savedFlags
                push(node)
                i += 1
            case "^":
                push(.assertion(flags.oneLine ? .beginText : .beginLine)); i += 1
            case "$":
                push(.assertion(flags.oneLine ? .endText : .endLine)); i += 1
            case ".":
                push(flags.dotNL ? .anyChar : .anyCharNotNL); i += 1
            case "[":
                try parseClass()
            case "*", "+", "?":
                let start = i
                i += 1
                let (min, max) = c == "*" ? (0, -1) : c == "+" ? (1, -1) : (0, 1)
                try applyRepeat(min: min, max: max, counted: false, opStart: start, lastRepeat: lastRepeat)
                repeatStart = start
            case "{":
                let start = i
                guard let (min, max, end) = parseRepeatBraces(i) else {
                    literal(c.value)
                    i += 1
                    break
                }
                if min < 0 || min > Self.maxRepeat || max > Self.maxRepeat || (max >= 0 && min > max) {
                    throw fail(.invalidRepeatSize, start, end)
                }
                i = end
                try applyRepeat(min: min, max: max, counted: true, opStart: start, lastRepeat: lastRepeat)
                repeatStart = start
            case "\\":
                try parseBackslash()
            default:
                literal(c.value)
                i += 1
            }
            lastRepeat = repeatStart
        }
        guard frames.count == 1 else { throw RegexSyntaxError(code: .missingParen, expression: whole) }
        return Self.close(frames[0])
    }

    private static func close(_ frame: Frame) -> RegexNode {
        let alts = (frame.alternatives + [frame.current]).map { items -> RegexNode in
            items.isEmpty ? .empty : items.count == 1 ? items[0] : .concat(items)
        }
        return alts.count == 1 ? alts[0] : .alternate(alts)
    }

    /// Wraps the last item in a repetition; `i` is just past the operator.
    private mutating func applyRepeat(min: Int, max: Int, counted: Bool, opStart: Int, lastRepeat: Int?) throws(RegexSyntaxError) {
        var greedy = !flags.nonGreedy
        if isChar(i, "?") {
            i += 1
            greedy.toggle()
        }
        if let last = lastRepeat { throw fail(.invalidRepeatOp, last, i) }
        let f = frames.count - 1
        guard let sub = frames[f].current.popLast() else { throw fail(.missingRepeatArgument, opStart, i) }
        let node = RegexNode.repeatition(sub, min: min, max: max, greedy: greedy, counted: counted)
        frames[f].current.append(node)
        if counted && (min >= 2 || max >= 2) && !node.repeatIsValid(Self.maxRepeat) {
            throw fail(.invalidRepeatSize, opStart, i)
        }
    }

    /// `{n}`, `{n,}` or `{n,m}` at `k`: (min, max, end) with -1 for a number too large, or nil
    /// when the text is not a repetition (then `{` is a literal).
    private func parseRepeatBraces(_ k: Int) -> (Int, Int, Int)? {
        var j = k + 1
        guard let (minValue, afterMin) = parseInt(j) else { return nil }
        j = afterMin
        guard j < p.count else { return nil }
        var min = minValue
        var max: Int
        if p[j] != "," {
            max = min
        } else {
            j += 1
            guard j < p.count else { return nil }
            if p[j] == "}" {
                max = -1
            } else {
                guard let (maxValue, afterMax) = parseInt(j) else { return nil }
                j = afterMax
                max = maxValue
                if max < 0 { min = -1 }
            }
        }
        guard isChar(j, "}") else { return nil }
        return (min, max, j + 1)
    }

    /// A decimal without leading zeros; -1 when it reaches 10^8.
    private func parseInt(_ k: Int) -> (Int, Int)? {
        func digit(_ x: Int) -> Bool { x < p.count && p[x].value >= 0x30 && p[x].value <= 0x39 }
        guard digit(k) else { return nil }
        if p[k] == "0" && digit(k + 1) { return nil }
        var j = k
        var n = 0
        while digit(j) {
            if n >= 100_000_000 { n = -1 } else if n >= 0 { n = n * 10 + Int(p[j].value - 0x30) }
            j += 1
        }
        return (n, j)
    }

    /// `(?P<name>`, `(?<name>`, `(?flags)` and `(?flags:`.
    private mutating func parsePerlFlags() throws(RegexSyntaxError) {
        let start = i
        let rest = p.count - start
        let startsWithP = rest > 4 && p[start + 2] == "P" && p[start + 3] == "<"
        let startsWithName = rest > 3 && p[start + 2] == "<"
        if startsWithP || startsWithName {
            let nameStart = start + (startsWithP ? 4 : 3)
            guard let end = p[start...].firstIndex(of: ">") else {
                throw fail(.invalidNamedCapture, start, p.count)
            }
            let name = text(nameStart, end)
            let valid = !name.isEmpty && name.unicodeScalars.allSatisfy {
                $0 == "_" || ("0"..."9").contains($0) || ("A"..."Z").contains($0) || ("a"..."z").contains($0)
            }
            guard valid else { throw fail(.invalidNamedCapture, start, end + 1) }
            captureCount += 1
            captureNames.append(name)
            frames.append(Frame(capture: (captureCount, name), savedFlags: flags))
            i = end + 1
            if frames.count > Self.maxNesting { throw RegexSyntaxError(code: .nestingDepth, expression: whole) }
            return
        }
        var j = start + 2
        var newFlags = flags
        var negate = false
        var sawFlag = false
        while j < p.count {
            let c = p[j]
            j += 1
            switch c {
            case "i": newFlags.foldCase = !negate; sawFlag = true
            case "m": newFlags.oneLine = negate; sawFlag = true
            case "s": newFlags.dotNL = !negate; sawFlag = true
            case "U": newFlags.nonGreedy = !negate; sawFlag = true
            case "-":
                if negate { throw fail(.invalidPerlOp, start, j) }
                negate = true
                sawFlag = false
            case ":", ")":
                if negate && !sawFlag { throw fail(.invalidPerlOp, start, j) }
                if c == ":" {
                    frames.append(Frame(capture: nil, savedFlags: flags))
                    if frames.count > Self.maxNesting { throw RegexSyntaxError(code: .nestingDepth, expression: whole) }
                }
                flags = newFlags
                i = j
                return
            default:
                throw fail(.invalidPerlOp, start, j)
            }
        }
        throw fail(.invalidPerlOp, start, j)
    }

    /// Everything that starts with a backslash outside a class.
    private mutating func parseBackslash() throws(RegexSyntaxError) {
        if let next = at(i + 1) {
            switch next {
            case "A": push(.assertion(.beginText)); i += 2; return
            case "b": push(.assertion(.wordBoundary)); i += 2; return
            case "B": push(.assertion(.noWordBoundary)); i += 2; return
            case "z": push(.assertion(.endText)); i += 2; return
            case "C": throw fail(.invalidEscape, i, i + 2)
            case "Q":
                var j = i + 2
                while j < p.count && !(p[j] == "\\" && isChar(j + 1, "E")) {
                    literal(p[j].value)
                    j += 1
                }
                i = j < p.count ? j + 2 : j
                return
            default: break
            }
        }
        if let (item, end) = try parseUnicodeClass(i) {
            push(.charClass(RegexCharClass(items: [item])))
            i = end
            return
        }
        if let (item, end) = parsePerlClass(i) {
            push(.charClass(RegexCharClass(items: [item])))
            i = end
            return
        }
        let (c, end) = try parseEscape(i)
        literal(c)
        i = end
    }

    private func parsePerlClass(_ k: Int) -> (RegexCharClass.Item, Int)? {
        guard isChar(k, "\\"), let letter = at(k + 1), let (set, negated) = RegexGroups.perl(Character(letter)) else {
            return nil
        }
        return (RegexCharClass.Item(set: set, negated: negated, fold: flags.foldCase), k + 2)
    }

    /// `\pL`, `\p{Greek}`, `\P{^Lu}` at `k`, or nil when `k` is not `\p`/`\P`.
    private func parseUnicodeClass(_ k: Int) throws(RegexSyntaxError) -> (RegexCharClass.Item, Int)? {
        guard isChar(k, "\\"), let letter = at(k + 1), letter == "p" || letter == "P" else { return nil }
        var negated = letter == "P"
        var name: String
        let end: Int
        if isChar(k + 2, "{") {
            guard let close = p[k...].firstIndex(of: "}") else { throw fail(.invalidCharRange, k, p.count) }
            name = text(k + 3, close)
            end = close + 1
        } else {
            end = min(k + 3, p.count)
            name = text(k + 2, end)
        }
        if name.hasPrefix("^") {
            negated.toggle()
            name.removeFirst()
        }
        guard let (set, inverted) = RegexGroups.unicodeTable(name) else { throw fail(.invalidCharRange, k, end) }
        return (RegexCharClass.Item(set: set, negated: negated != inverted, fold: flags.foldCase), end)
    }

    /// A single-character escape at `k` (which holds the backslash): (code point, end).
    private func parseEscape(_ k: Int) throws(RegexSyntaxError) -> (UInt32, Int) {
        guard let c = at(k + 1) else { throw RegexSyntaxError(code: .trailingBackslash, expression: "") }
        var j = k + 2
        func octal(_ x: Int) -> UInt32? {
            guard let s = at(x), s.value >= 0x30 && s.value <= 0x37 else { return nil }
            return s.value - 0x30
        }
        func hex(_ s: Unicode.Scalar?) -> UInt32? {
            guard let s else { return nil }
            switch s.value {
            case 0x30...0x39: return s.value - 0x30
            case 0x41...0x46: return s.value - 0x41 + 10
            case 0x61...0x66: return s.value - 0x61 + 10
            default: return nil
            }
        }
        switch c {
        case "1"..."7" where octal(j) == nil:
            break
        case "0"..."7":
            var r = c.value - 0x30
            for _ in 1..<3 {
                guard let d = octal(j) else { break }
                r = r * 8 + d
                j += 1
            }
            return (r, j)
        case "x":
            guard let first = at(j) else { break }
            j += 1
            if first == "{" {
                var r: UInt32 = 0
                var digits = 0
                while true {
                    guard let s = at(j) else { throw fail(.invalidEscape, k, j) }
                    j += 1
                    if s == "}" { break }
                    guard let v = hex(s) else { throw fail(.invalidEscape, k, j) }
                    r = r * 16 + v
                    if r > 0x10FFFF { throw fail(.invalidEscape, k, j) }
                    digits += 1
                }
                if digits == 0 { throw fail(.invalidEscape, k, j) }
                return (r, j)
            }
            let second = at(j)
            if second != nil { j += 1 }
            guard let x = hex(first), let y = hex(second) else { break }
            return (x * 16 + y, j)
        case "a": return (0x07, j)
        case "f": return (0x0C, j)
        case "n": return (0x0A, j)
        case "r": return (0x0D, j)
        case "t": return (0x09, j)
        case "v": return (0x0B, j)
        default:
            let v = c.value
            let alnum = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
            if v < 0x80 && !alnum { return (v, j) }
        }
        throw fail(.invalidEscape, k, j)
    }

    /// `[...]` at `i`.
    private mutating func parseClass() throws(RegexSyntaxError) {
        let classStart = i
        var t = i + 1
        var cls = RegexCharClass()
        if isChar(t, "^") {
            cls.negated = true
            t += 1
        }
        var first = true
        var ranges: [ClosedRange<UInt32>] = []
        while t >= p.count || p[t] != "]" || first {
            first = false
            if t + 2 < p.count && p[t] == "[" && p[t + 1] == ":" {
                if let close = findColonBracket(from: t + 2) {
                    let name = text(t, close + 2)
                    let inner = text(t + 2, close)
                    let negated = inner.hasPrefix("^")
                    guard let set = RegexGroups.posix(negated ? String(inner.dropFirst()) : inner) else {
                        throw RegexSyntaxError(code: .invalidCharRange, expression: name)
                    }
                    cls.items.append(.init(set: set, negated: negated, fold: flags.foldCase))
                    t = close + 2
                    continue
                }
            }
            if let (item, end) = try parseUnicodeClass(t) {
                cls.items.append(item)
                t = end
                continue
            }
            if let (item, end) = parsePerlClass(t) {
                cls.items.append(item)
                t = end
                continue
            }
            let rangeStart = t
            let (lo, afterLo) = try classChar(t, classStart)
            t = afterLo
            var hi = lo
            if t + 1 < p.count && p[t] == "-" && p[t + 1] != "]" {
                let (h, afterHi) = try classChar(t + 1, classStart)
                t = afterHi
                hi = h
                if hi < lo { throw fail(.invalidCharRange, rangeStart, t) }
            }
            ranges.append(lo...hi)
        }
        if !ranges.isEmpty {
            cls.items.append(.init(set: .ranges(ranges), negated: false, fold: flags.foldCase))
        }
        i = t + 1
        push(.charClass(cls))
    }

    private func classChar(_ k: Int, _ classStart: Int) throws(RegexSyntaxError) -> (UInt32, Int) {
        guard k < p.count else { throw fail(.missingBracket, classStart, p.count) }
        if p[k] == "\\" { return try parseEscape(k) }
        return (p[k].value, k + 1)
    }

    private func findColonBracket(from k: Int) -> Int? {
        var j = k
        while j + 1 < p.count {
            if p[j] == ":" && p[j + 1] == "]" { return j }
            j += 1
        }
        return nil
    }
}
