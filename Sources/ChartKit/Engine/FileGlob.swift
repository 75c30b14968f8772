/// The glob dialect of `.Files.Glob` (gobwas/glob with `/` as separator):
/// `*` stays inside one path segment, `**` crosses segments, `?` is one
/// character, `[a-z]`/`[!x]` are classes and `{a,b}` are alternatives.
struct FileGlob {
    indirect enum Node {
        case literal(Unicode.Scalar)
        case star
        case superStar
        case single
        case characterClass([(Unicode.Scalar, Unicode.Scalar)], negated: Bool)
        case alternatives([[Node]])
    }

    struct SyntaxError: Error {}

    let nodes: [Node]

    init(_ pattern: String) throws {
        var scalars = Array(pattern.unicodeScalars)[...]
        nodes = try FileGlob.parseSequence(&scalars, inAlternative: false)
        if !scalars.isEmpty { throw SyntaxError() }
    }

    private static func parseSequence(_ s: inout ArraySlice<Unicode.Scalar>, inAlternative: Bool) throws -> [Node] {
        var nodes: [Node] = []
        while let c = s.first {
            if inAlternative, c == "," || c == "}" { break }
            s.removeFirst()
            switch c {
            case "*":
                if s.first == "*" {
                    while s.first == "*" { s.removeFirst() }
                    nodes.append(.superStar)
                } else {
                    nodes.append(.star)
                }
            case "?": nodes.append(.single)
            case "\\":
                guard let next = s.first else { throw SyntaxError() }
                s.removeFirst()
                nodes.append(.literal(next))
            case "[":
                var negated = false
                if s.first == "!" { negated = true; s.removeFirst() }
                var ranges: [(Unicode.Scalar, Unicode.Scalar)] = []
                while true {
                    guard let lo = s.first else { throw SyntaxError() }
                    s.removeFirst()
                    if lo == "]" { break }
                    if s.first == "-", s.count >= 2, s[s.index(after: s.startIndex)] != "]" {
                        s.removeFirst()
                        let hi = s.removeFirst()
                        ranges.append((lo, hi))
                    } else {
                        ranges.append((lo, lo))
                    }
                }
                nodes.append(.characterClass(ranges, negated: negated))
            case "{":
                var options: [[Node]] = []
                while true {
                    options.append(try parseSequence(&s, inAlternative: true))
                    guard let sep = s.first else { throw SyntaxError() }
                    s.removeFirst()
                    if sep == "}" { break }
                }
                nodes.append(.alternatives(options))
            default:
                nodes.append(.literal(c))
            }
        }
        return nodes
    }

    func matches(_ name: String) -> Bool {
        FileGlob.match(nodes[...], Array(name.unicodeScalars)[...])
    }

    private static func match(_ nodes: ArraySlice<Node>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let node = nodes.first else { return name.isEmpty }
        let rest = nodes.dropFirst()
        switch node {
        case .literal(let c):
            return name.first == c && match(rest, name.dropFirst())
        case .single:
            guard let c = name.first, c != "/" else { return false }
            return match(rest, name.dropFirst())
        case .characterClass(let ranges, let negated):
            guard let c = name.first, c != "/" else { return false }
            let inside = ranges.contains { $0.0.value <= c.value && c.value <= $0.1.value }
            return inside != negated && match(rest, name.dropFirst())
        case .star, .superStar:
            var tail = name
            while true {
                if match(rest, tail) { return true }
                guard let c = tail.first else { return false }
                if case .star = node, c == "/" { return false }
                tail = tail.dropFirst()
            }
        case .alternatives(let options):
            return options.contains { match($0[...] + rest, name) }
        }
    }
}
