/// A line-by-line unified diff (longest common subsequence, then hunks with
/// `context` unchanged lines around each change), as `diff -u` prints it.
public enum LineDiff {
    enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    static func edits(_ a: [String], _ b: [String]) -> [Edit] {
        // Trim the common prefix and suffix first: manifests mostly match.
        var start = 0
        while start < a.count && start < b.count && a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start && endB > start && a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        let x = Array(a[start..<endA]), y = Array(b[start..<endB])
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        if !x.isEmpty && !y.isEmpty {
            for i in stride(from: x.count - 1, through: 0, by: -1) {
                for j in stride(from: y.count - 1, through: 0, by: -1) {
                    table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var out = a[..<start].map(Edit.same)
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count && j < y.count && x[i] == y[j] {
                out.append(.same(x[i])); i += 1; j += 1
            } else if i < x.count && (j == y.count || table[i + 1][j] >= table[i][j + 1]) {
                out.append(.removed(x[i])); i += 1
            } else {
                out.append(.added(y[j])); j += 1
            }
        }
        out += a[endA...].map(Edit.same)
        return out
    }

    /// The hunks (`@@ -a,b +c,d @@` and their lines) of a unified diff; "" when equal.
    public static func unified(_ old: String, _ new: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let all = edits(a, b)
        let changed = all.indices.filter { all[$0] != .same(lineText(all[$0])) }
        guard !changed.isEmpty else { return "" }
        // Group changes whose context windows touch.
        var groups: [(Int, Int)] = []
        for index in changed {
            let lo = max(0, index - context), hi = min(all.count - 1, index + context)
            if let last = groups.last, lo <= last.1 + 1 { groups[groups.count - 1].1 = hi } else { groups.append((lo, hi)) }
        }
        var out = ""
        for (lo, hi) in groups {
            var oldStart = 0, newStart = 0
            for e in all[..<lo] {
                if case .added = e {} else { oldStart += 1 }
                if case .removed = e {} else { newStart += 1 }
            }
            var oldCount = 0, newCount = 0, body = ""
            for e in all[lo...hi] {
                switch e {
                case .same(let s): oldCount += 1; newCount += 1; body += " " + s + "\n"
                case .removed(let s): oldCount += 1; body += "-" + s + "\n"
                case .added(let s): newCount += 1; body += "+" + s + "\n"
                }
            }
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n" + body
        }
        return out
    }

    private static func lineText(_ e: Edit) -> String {
        switch e {
        case .same(let s), .removed(let s), .added(let s): return s
        }
    }

    /// `start,count` with diff's conventions (1-based; an empty range names the line before).
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    private static func lines(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }
        return parts
    }
}
