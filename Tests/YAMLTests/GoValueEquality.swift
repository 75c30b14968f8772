import GoValue

/// Structural equality of decoded values, for round-trip tests.
func sameValue(_ a: GoValue, _ b: GoValue) -> Bool {
    switch (a, b) {
    case (.nil, .nil): return true
    case let (.bool(x), .bool(y)): return x == y
    case let (.string(x), .string(y)): return x == y
    case let (.float64(x), .float64(y)): return x == y || (x.isNaN && y.isNaN)
    case let (.int(x), .int(y)): return x == y
    case let (.int64(x), .int64(y)): return x == y
    case let (.slice(x), .slice(y)):
        return x.elements.count == y.elements.count && zip(x.elements, y.elements).allSatisfy { sameValue($0, $1) }
    case let (.map(x), .map(y)):
        guard x.entries.count == y.entries.count else { return false }
        for (k, v) in x.entries {
            guard let w = y.entries[k], sameValue(v, w) else { return false }
        }
        return true
    default: return false
    }
}
