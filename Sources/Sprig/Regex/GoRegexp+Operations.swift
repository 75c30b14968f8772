extension GoRegexp {
    /// The backtracker while its visited table stays small (4 MiB), the Pike VM beyond.
    func searcher(_ codes: [UInt32]) -> any RegexSearcher {
        let cells = program.instructions.count * (codes.count + 1)
        if engine == .pikeVM || (engine == .automatic && cells > 1 << 20) {
            return RegexPikeVM(program: program, text: codes)
        }
        return RegexMatcher(program: program, text: codes)
    }

    /// Text as code points, the unit matching works in, with helpers to cut it back.
    struct Subject {
        let scalars: [Unicode.Scalar]
        let codes: [UInt32]

        init(_ s: String) {
            scalars = Array(s.unicodeScalars)
            codes = scalars.map(\.value)
        }

        func slice(_ from: Int, _ to: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[from..<to])
            return String(view)
        }
    }

    /// `MatchString`: whether any match exists.
    public func matches(_ s: String) -> Bool {
        var m = searcher(Subject(s).codes)
        return m.search(from: 0) != nil
    }

    /// `FindString`: the first match, or "" when none.
    public func firstMatch(in s: String) -> String {
        let subject = Subject(s)
        var m = searcher(subject.codes)
        guard let slots = m.search(from: 0) else { return "" }
        return subject.slice(slots[0], slots[1])
    }

    /// `FindAllStringIndex` in code points: up to `limit` matches (all when negative),
    /// skipping an empty match right after the previous one, as Go does.
    func allMatchSlots(_ subject: Subject, limit: Int) -> [[Int]] {
        let n = limit < 0 ? subject.codes.count + 1 : limit
        var m = searcher(subject.codes)
        var result: [[Int]] = []
        var pos = 0
        var prevEnd = -1
        while result.count < n && pos <= subject.codes.count {
            guard let slots = m.search(from: pos) else { break }
            var accept = true
            if slots[1] == pos {
                if slots[0] == prevEnd { accept = false }
                pos += 1
            } else {
                pos = slots[1]
            }
            prevEnd = slots[1]
            if accept { result.append(slots) }
        }
        return result
    }

    /// `FindAllString`: nil (Go's nil slice) when there is no match.
    public func allMatches(in s: String, limit: Int) -> [String]? {
        let subject = Subject(s)
        let found = allMatchSlots(subject, limit: limit)
        return found.isEmpty ? nil : found.map { subject.slice($0[0], $0[1]) }
    }

    /// `ReplaceAllString`: `$1`, `${name}` and `$$` in `template` are expanded.
    public func replacingAll(in s: String, with template: String) -> String {
        replaceAll(s) { subject, slots in expand(template, subject, slots) }
    }

    /// `ReplaceAllLiteralString`: `replacement` is inserted as is.
    public func replacingAll(in s: String, withLiteral replacement: String) -> String {
        replaceAll(s) { _, _ in replacement }
    }

    private func replaceAll(_ s: String, _ replacement: (Subject, [Int]) -> String) -> String {
        let subject = Subject(s)
        var m = searcher(subject.codes)
        var out = ""
        var lastEnd = 0
        var searchPos = 0
        let count = subject.codes.count
        while searchPos <= count {
            guard let slots = m.search(from: searchPos) else { break }
            out += subject.slice(lastEnd, slots[0])
            // No replacement for an empty match right after the previous match.
            if slots[1] > lastEnd || slots[0] == 0 { out += replacement(subject, slots) }
            lastEnd = slots[1]
            searchPos = searchPos + 1 > slots[1] ? searchPos + 1 : slots[1]
        }
        out += subject.slice(lastEnd, count)
        return out
    }

    /// Go's `Regexp.expand` for one match.
    func expand(_ template: String, _ subject: Subject, _ slots: [Int]) -> String {
        let t = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var k = 0
        func group(_ index: Int) {
            guard 2 * index + 1 < slots.count, slots[2 * index] >= 0 else { return }
            out.append(contentsOf: subject.scalars[slots[2 * index]..<slots[2 * index + 1]])
        }
        while k < t.count {
            guard t[k] == "$" else {
                out.append(t[k])
                k += 1
                continue
            }
            k += 1
            if k < t.count && t[k] == "$" {
                out.append("$")
                k += 1
                continue
            }
            guard let (name, end) = Self.extractName(t, k) else {
                out.append("$")
                continue
            }
            k = end
            if let num = Self.groupNumber(name) {
                group(num)
            } else if let idx = subexpressionNames.firstIndex(where: { $0 == name }) {
                group(idx)
            }
        }
        return String(out)
    }

    /// The name after `$` (bare or in braces) and where it ends; nil when malformed.
    private static func extractName(_ t: [Unicode.Scalar], _ start: Int) -> (String, Int)? {
        var k = start
        guard k < t.count else { return nil }
        let brace = t[k] == "{"
        if brace { k += 1 }
        let nameStart = k
        while k < t.count {
            let p = t[k].properties
            guard p.generalCategory.isLetter || p.generalCategory == .decimalNumber || t[k] == "_" else { break }
            k += 1
        }
        guard k > nameStart else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: t[nameStart..<k])
        if brace {
            guard k < t.count, t[k] == "}" else { return nil }
            k += 1
        }
        return (String(view), k)
    }

    /// A group number: ASCII digits, no leading zero, below 10^8.
    private static func groupNumber(_ name: String) -> Int? {
        var num = 0
        for u in name.unicodeScalars {
            guard u.value >= 0x30 && u.value <= 0x39, num < 100_000_000 else { return nil }
            num = num * 10 + Int(u.value - 0x30)
        }
        if name.unicodeScalars.first == "0" && name.unicodeScalars.count > 1 { return nil }
        return num
    }

    /// `Split`: nil for `limit` 0, pieces between matches otherwise.
    public func split(_ s: String, limit: Int) -> [String]? {
        if limit == 0 { return nil }
        if !pattern.isEmpty && s.isEmpty { return [""] }
        let subject = Subject(s)
        let found = allMatchSlots(subject, limit: limit)
        var pieces: [String] = []
        var begin = 0
        var end = 0
        for slots in found {
            if limit > 0 && pieces.count == limit - 1 { break }
            end = slots[0]
            if slots[1] != 0 { pieces.append(subject.slice(begin, end)) }
            begin = slots[1]
        }
        if end != subject.codes.count { pieces.append(subject.slice(begin, subject.codes.count)) }
        return pieces
    }
}

private extension Unicode.GeneralCategory {
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
