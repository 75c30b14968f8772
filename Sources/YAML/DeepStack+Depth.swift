import GoValue

/// Recursion helpers for YAML and JSON walks; the big-stack thread itself is GoValue's `DeepStack`.
extension DeepStack {
    /// Nesting depth of a Go value, counted without recursion and capped at `limit`.
    static func depth(_ v: GoValue, limit: Int) -> Int {
        var stack: [(GoValue, Int)] = [(v, 1)]
        var best = 0
        while let (x, d) = stack.popLast() {
            best = max(best, d)
            if best >= limit { return best }
            switch x {
            case .slice(let s): for e in s.elements { stack.append((e, d + 1)) }
            case .map(let m): for e in m.entries.values { stack.append((e, d + 1)) }
            default: break
            }
        }
        return best
    }
}
