/// Runs a `RegexProgram` over a text by backtracking in priority order, which yields Go's
/// leftmost-first matches. Each (instruction, position) pair is explored at most once per
/// search, so the work is linear in the text for a given pattern: no catastrophic cases.
struct RegexMatcher: RegexSearcher {
    let program: RegexProgram
    let text: [UInt32]
    /// Generation stamps of visited (instruction, position) pairs; bumping the generation
    /// clears them without touching memory.
    private var visited: [UInt32]
    private var generation: UInt32 = 0

    init(program: RegexProgram, text: [UInt32]) {
        self.program = program
        self.text = text
        visited = Array(repeating: 0, count: program.instructions.count * (text.count + 1))
    }

    private enum Job {
        case explore(Int, Int)
        case restore(Int, Int)
    }

    /// The first match starting at or after `from`: capture slots as positions (-1 when unset).
    mutating func search(from: Int) -> [Int]? {
        generation &+= 1
        if generation == 0 {
            for k in visited.indices { visited[k] = 0 }
            generation = 1
        }
        var slots = Array(repeating: -1, count: program.slotCount)
        var start = from
        while start <= text.count {
            if run(start, &slots) { return slots }
            start += 1
        }
        return nil
    }

    private mutating func run(_ start: Int, _ slots: inout [Int]) -> Bool {
        let width = text.count + 1
        var stack: [Job] = [.explore(0, start)]
        while let job = stack.popLast() {
            var pc: Int
            var pos: Int
            switch job {
            case .restore(let slot, let value):
                slots[slot] = value
                continue
            case .explore(let p, let q):
                pc = p
                pos = q
            }
            while true {
                let key = pc * width + pos
                if visited[key] == generation { break }
                visited[key] = generation
                switch program.instructions[pc] {
                case .char(let m):
                    guard pos < text.count, m.matches(text[pos]) else { break }
                    pc += 1
                    pos += 1
                    continue
                case .split(let a, let b):
                    stack.append(.explore(b, pos))
                    pc = a
                    continue
                case .jump(let a):
                    pc = a
                    continue
                case .save(let n):
                    stack.append(.restore(n, slots[n]))
                    slots[n] = pos
                    pc += 1
                    continue
                case .assert(let a):
                    guard RegexAssertion.holds(a, in: text, at: pos) else { break }
                    pc += 1
                    continue
                case .match:
                    return true
                }
                break
            }
        }
        return false
    }
}
