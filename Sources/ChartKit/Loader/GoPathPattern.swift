/// Go's `path/filepath.Match`: the glob dialect of `.helmignore` and `--show-only`.
///
/// `*` and `?` never cross a `/`; `[...]` classes take ranges and `^` negation;
/// `\` escapes. A malformed pattern is an error, as Go's `ErrBadPattern`.
public struct GoPathPattern: Sendable {
    private let pattern: [Unicode.Scalar]

    public init(_ pattern: String) {
        self.pattern = Array(pattern.unicodeScalars)
    }

    /// The error Go reports for a malformed pattern.
    public struct BadPattern: Error, CustomStringConvertible, Sendable {
        public var description: String { "syntax error in pattern" }
    }

    /// Whether `name` matches the whole pattern.
    public func matches(_ name: String) throws -> Bool {
        try match(0, Array(name.unicodeScalars), 0)
    }

    private func match(_ start: Int, _ name: [Unicode.Scalar], _ nameStart: Int) throws -> Bool {
        var i = start
        var j = nameStart
        while i < pattern.count {
            let c = pattern[i]
            switch c {
            case "*":
                while i < pattern.count, pattern[i] == "*" { i += 1 }
                if i == pattern.count { return !name[j...].contains("/") }
                var k = j
                while true {
                    if try match(i, name, k) { return true }
                    if k == name.count || name[k] == "/" {
                        // Validate the rest of the pattern so bad patterns still fail.
                        try validate(from: i)
                        return false
                    }
                    k += 1
                }
            case "?":
                if j >= name.count || name[j] == "/" { try validate(from: i + 1); return false }
                i += 1; j += 1
            case "[":
                let (matched, next) = try matchClass(at: i, name: name, index: j)
                if !matched { try validate(from: next); return false }
                i = next; j += 1
            case "\\":
                i += 1
                guard i < pattern.count else { throw BadPattern() }
                if j >= name.count || name[j] != pattern[i] { try validate(from: i + 1); return false }
                i += 1; j += 1
            default:
                if j >= name.count || name[j] != c { try validate(from: i + 1); return false }
                i += 1; j += 1
            }
        }
        return j == name.count
    }

    /// Reads the class starting at `pattern[at] == "["`; returns whether `name[index]` is in it and the index after `]`.
    private func matchClass(at: Int, name: [Unicode.Scalar], index: Int) throws -> (Bool, Int) {
        var i = at + 1
        var negated = false
        if i < pattern.count, pattern[i] == "^" { negated = true; i += 1 }
        let ch: Unicode.Scalar? = index < name.count && name[index] != "/" ? name[index] : nil
        var found = false
        var ranges = 0
        while true {
            guard i < pattern.count else { throw BadPattern() }
            if pattern[i] == "]", ranges > 0 { i += 1; break }
            let lo = try escaped(&i)
            var hi = lo
            if i < pattern.count, pattern[i] == "-" {
                i += 1
                hi = try escaped(&i)
            }
            if let ch, lo.value <= ch.value, ch.value <= hi.value { found = true }
            ranges += 1
        }
        guard ch != nil else { return (false, i) }
        return (found != negated, i)
    }

    private func escaped(_ i: inout Int) throws -> Unicode.Scalar {
        guard i < pattern.count else { throw BadPattern() }
        var c = pattern[i]
        if c == "-" || c == "]" { throw BadPattern() }
        if c == "\\" {
            i += 1
            guard i < pattern.count else { throw BadPattern() }
            c = pattern[i]
        }
        i += 1
        return c
    }

    /// Walks the rest of the pattern for syntax errors only (Go reports them even after a mismatch).
    private func validate(from start: Int) throws {
        var i = start
        while i < pattern.count {
            switch pattern[i] {
            case "[":
                i = try matchClass(at: i, name: [], index: 0).1
            case "\\":
                i += 2
                if i > pattern.count { throw BadPattern() }
            default:
                i += 1
            }
        }
    }
}
