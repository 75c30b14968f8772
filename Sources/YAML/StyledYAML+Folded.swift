/// go-yaml v3 writes folded (`>`) block scalars with a slip of its C original: when it
/// decides whether a line break needs a second one, it looks at the start of the value
/// instead of the text after the break. So unless the value starts with a blank, every
/// first line break after text is doubled, the final one included (`a b\n` becomes
/// `a b` and an empty line). kyaml, and so Helm's post-renderer step, inherit it.
extension StyledYAML {
    /// Rewrites the content lines of folded scalars in `text`,
    /// libyaml's output for `documents`, the way go-yaml v3 writes them.
    static func refoldFoldedScalars(_ text: String, _ documents: [StyledNode]) throws -> String {
        guard documents.contains(where: hasFolded) else { return text }
        let emitted = try parse(text, withComments: false)
        guard emitted.count == documents.count else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var replacements: [(from: Int, to: Int, with: [String])] = []
        for root in emitted { collectFolded(root, lines: lines, into: &replacements) }
        for r in replacements.sorted(by: { $0.from > $1.from }) where r.from <= r.to && r.to <= lines.count {
            lines.replaceSubrange(r.from..<r.to, with: r.with)
        }
        return lines.joined(separator: "\n")
    }

    private static func hasFolded(_ n: StyledNode) -> Bool {
        (n.kind == .scalar && n.style == .folded) || n.children.contains(where: hasFolded)
    }

    private static func collectFolded(_ n: StyledNode, lines: [String], into out: inout [(from: Int, to: Int, with: [String])]) {
        for c in n.children { collectFolded(c, lines: lines, into: &out) }
        guard n.kind == .scalar, n.style == .folded else { return }
        let first = n.startLine + 1
        guard first < lines.count, first <= n.endLine else { return }
        let indent = lines[first].prefix { $0 == " " }.count
        var rendered = goYAMLv3Folded(n.value, indent: indent)
        if rendered.hasSuffix("\n") { rendered.removeLast() }
        // The scalar's end mark is at the start of the line after its content.
        out.append((first, min(n.endLine, lines.count), rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
    }

    /// The content of a folded scalar as go-yaml v3 writes it, starting on a fresh line.
    static func goYAMLv3Folded(_ value: String, indent: Int) -> String {
        let v = Array(value.utf8)
        func isBreak(_ i: Int) -> Bool { i < v.count && (v[i] == 0x0A || v[i] == 0x0D) }
        func isBlankz(_ i: Int) -> Bool { i >= v.count || v[i] == 0x20 || v[i] == 0x09 || isBreak(i) || v[i] == 0 }
        var out: [UInt8] = []
        var column = 0
        var breaks = true
        var leadingSpaces = true
        var i = 0
        while i < v.count {
            if isBreak(i) {
                if !breaks && !leadingSpaces && v[i] == 0x0A {
                    var k = 0
                    while isBreak(k) { k += 1 }
                    if !isBlankz(k) { out.append(0x0A) }
                }
                out.append(0x0A)
                column = 0
                i += 1
                breaks = true
            } else {
                if breaks {
                    if column > indent { out.append(0x0A); column = 0 }
                    while column < indent { out.append(0x20); column += 1 }
                    leadingSpaces = v[i] == 0x20 || v[i] == 0x09
                }
                // One whole UTF-8 character.
                var width = 1
                if v[i] >= 0xF0 { width = 4 } else if v[i] >= 0xE0 { width = 3 } else if v[i] >= 0xC0 { width = 2 }
                out.append(contentsOf: v[i..<min(i + width, v.count)])
                column += 1
                i += width
                breaks = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
