/// A compiled regular expression: instructions for the backtracking matcher.
///
/// Compilation follows Go's compiler where it decides match priority: `x*` over a nullable
/// `x` becomes `(x+)?`, and counted repetitions expand into copies and nested options.
struct RegexProgram: Sendable {
    enum Matcher: Sendable {
        case literal(UInt32)
        /// A case-folded literal: any member of the orbit.
        case folded([UInt32])
        case charClass(RegexCharClass)
        case any
        case anyNotNL

        func matches(_ c: UInt32) -> Bool {
            switch self {
            case .literal(let x): return c == x
            case .folded(let orbit): return orbit.contains(c)
            case .charClass(let cls): return cls.matches(c)
            case .any: return true
            case .anyNotNL: return c != 0x0A
            }
        }
    }

    enum Instruction: Sendable {
        case char(Matcher)
        /// Try `first`, then `second`.
        case split(Int, Int)
        case jump(Int)
        /// Record the position in capture slot `n`.
        case save(Int)
        case assert(RegexAssertion)
        case match
    }

    var instructions: [Instruction] = []
    /// Capture slots: two per group, group 0 being the whole match.
    var slotCount: Int

    init(_ root: RegexNode, captureCount: Int) {
        slotCount = 2 * (captureCount + 1)
        emit(.save(0))
        compile(root)
        emit(.save(1))
        emit(.match)
    }

    @discardableResult
    private mutating func emit(_ inst: Instruction) -> Int {
        instructions.append(inst)
        return instructions.count - 1
    }

    private var next: Int { instructions.count }

    private mutating func compile(_ node: RegexNode) {
        switch node {
        case .empty: break
        case .literal(let c, let fold):
            emit(.char(fold ? .folded(CaseFolding.orbit(of: c)) : .literal(c)))
        case .charClass(let cls): emit(.char(.charClass(cls)))
        case .anyChar: emit(.char(.any))
        case .anyCharNotNL: emit(.char(.anyNotNL))
        case .assertion(let a): emit(.assert(a))
        case .capture(let n, _, let sub):
            emit(.save(2 * n))
            compile(sub)
            emit(.save(2 * n + 1))
        case .concat(let subs):
            for s in subs { compile(s) }
        case .alternate(let subs):
            var jumps: [Int] = []
            for (k, s) in subs.enumerated() {
                if k == subs.count - 1 {
                    compile(s)
                } else {
                    let split = emit(.split(0, 0))
                    compile(s)
                    jumps.append(emit(.jump(0)))
                    instructions[split] = .split(split + 1, next)
                }
            }
            for j in jumps { instructions[j] = .jump(next) }
        case .repeatition(let sub, let min, let max, let greedy, _):
            compileRepeat(sub, min: min, max: max, greedy: greedy)
        }
    }

    private mutating func compileRepeat(_ sub: RegexNode, min: Int, max: Int, greedy: Bool) {
        if max == -1 {
            if min == 0 { star(sub, greedy); return }
            for _ in 0..<(min - 1) { compile(sub) }
            plus(sub, greedy)
            return
        }
        if max == 0 { return }
        for _ in 0..<min { compile(sub) }
        // x{n,m}: the optional copies nest, so a later copy is tried only after an earlier one.
        var pendingSplits: [Int] = []
        for _ in 0..<(max - min) {
            pendingSplits.append(emit(.split(0, 0)))
            compile(sub)
        }
        for s in pendingSplits {
            instructions[s] = greedy ? .split(s + 1, next) : .split(next, s + 1)
        }
    }

    private mutating func star(_ sub: RegexNode, _ greedy: Bool) {
        if sub.isNullable {
            // Go compiles a nullable x* as (x+)? so that priorities stay Perl's.
            let split = emit(.split(0, 0))
            plus(sub, greedy)
            instructions[split] = greedy ? .split(split + 1, next) : .split(next, split + 1)
            return
        }
        let loop = emit(.split(0, 0))
        compile(sub)
        emit(.jump(loop))
        instructions[loop] = greedy ? .split(loop + 1, next) : .split(next, loop + 1)
    }

    private mutating func plus(_ sub: RegexNode, _ greedy: Bool) {
        let start = next
        compile(sub)
        let split = emit(.split(0, 0))
        instructions[split] = greedy ? .split(start, next) : .split(next, start)
    }
}
