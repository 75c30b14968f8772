/// Runs a `RegexProgram` as a Pike VM: all threads advance together over the text, in
/// priority order, so memory stays proportional to the program rather than to
/// program × text. Used for inputs too large for the backtracker's visited table; it
/// yields the same leftmost-first matches.
struct RegexPikeVM: RegexSearcher {
    let program: RegexProgram
    let text: [UInt32]

    /// Threads waiting at one position, in priority order; `seen` marks visited instructions.
    private struct Queue {
        var order: [Int] = []
        var caps: [[Int]?]
        var seen: [Bool]

        init(_ size: Int) {
            caps = Array(repeating: nil, count: size)
            seen = Array(repeating: false, count: size)
        }

        mutating func clear() {
            for pc in order { seen[pc] = false; caps[pc] = nil }
            order.removeAll(keepingCapacity: true)
        }
    }

    init(program: RegexProgram, text: [UInt32]) {
        self.program = program
        self.text = text
    }

    mutating func search(from: Int) -> [Int]? {
        let size = program.instructions.count
        var current = Queue(size)
        var next = Queue(size)
        var matched: [Int]? = nil
        var pos = from
        while true {
            if current.order.isEmpty && matched != nil { break }
            if matched == nil {
                add(&current, 0, pos, Array(repeating: -1, count: program.slotCount))
            }
            let c: UInt32? = pos < text.count ? text[pos] : nil
            for pc in current.order {
                guard let caps = current.caps[pc] else { continue }
                switch program.instructions[pc] {
                case .match:
                    matched = caps
                case .char(let m):
                    if let c, m.matches(c) { add(&next, pc + 1, pos + 1, caps) }
                    continue
                default:
                    continue
                }
                // First match wins: lower-priority threads are dropped.
                break
            }
            current.clear()
            if c == nil { break }
            swap(&current, &next)
            pos += 1
        }
        return matched
    }

    /// Follows empty-width instructions from `pc` in priority order, queueing the threads
    /// that wait on a character or a match.
    private func add(_ q: inout Queue, _ pc: Int, _ pos: Int, _ caps: [Int]) {
        var stack: [(Int, [Int])] = [(pc, caps)]
        while let (pc, caps) = stack.popLast() {
            if q.seen[pc] { continue }
            q.seen[pc] = true
            q.order.append(pc)
            switch program.instructions[pc] {
            case .jump(let a):
                stack.append((a, caps))
            case .split(let a, let b):
                stack.append((b, caps))
                stack.append((a, caps))
            case .save(let n):
                var copy = caps
                copy[n] = pos
                stack.append((pc + 1, copy))
            case .assert(let a):
                if RegexAssertion.holds(a, in: text, at: pos) { stack.append((pc + 1, caps)) }
            case .char, .match:
                q.caps[pc] = caps
            }
        }
    }
}
