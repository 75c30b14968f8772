/// Comments for `StyledYAML`, placed the way go-yaml v3 keeps them through a read and write:
/// a comment line before a mapping key or sequence item is its head comment (re-indented to
/// it); comment lines after the last entry of blocks that end there stay with the innermost
/// block they are indented into (its foot), else go to the next entry; a comment after a
/// value on its line stays on that line; what precedes a document's first entry or follows
/// its last block stays at the document's top or bottom.
extension StyledYAML {
    /// A mapping key or block sequence item: where comment lines attach.
    private struct Entry {
        var node: StyledNode
        var line: Int
        /// Enclosing block collections, innermost first.
        var blocks: [StyledNode]
    }

    static func attachComments(_ text: String, _ documents: [StyledNode], starts: [Int], ends: [Int]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        var all: [StyledNode] = []
        var entries: [Entry] = []
        var insideScalar = Set<Int>()
        for root in documents { collect(root, blocks: [], all: &all, entries: &entries, inside: &insideScalar) }
        entries.sort { $0.line < $1.line }

        // Line comments: after the last node that ends on the line.
        var lastEndingOn: [Int: StyledNode] = [:]
        for node in all where node.kind == .scalar || node.kind == .alias || node.style == .flow {
            lastEndingOn[node.endLine] = node
        }
        var commentLines: [Int] = []
        for (i, line) in lines.enumerated() where !insideScalar.contains(i) {
            guard let hash = commentStart(line, lineIndex: i, all: all) else { continue }
            let comment = String(String.UnicodeScalarView(line[hash...])).trimmingTrailingSpace()
            if line[..<hash].allSatisfy({ $0 == " " || $0 == "\t" }) {
                commentLines.append(i)
            } else if let node = lastEndingOn[i] {
                node.lineComment = comment
            }
        }

        // Whole-line comments, grouped by the entries around them.
        var group: (before: Int, after: Int) = (-2, -2)
        var block = -1
        var toNext = false
        var lastHeadLine: [ObjectIdentifier: Int] = [:]
        for i in commentLines {
            let text = String(String.UnicodeScalarView(lines[i])).trimmingLeadingSpace().trimmingTrailingSpace()
            let column = lines[i].prefix { $0 == " " || $0 == "\t" }.count
            let next = entries.firstIndex { $0.line > i }
            let prev = (next ?? entries.count) - 1
            guard let document = documentIndex(i, starts: starts, ends: ends), document < documents.count else { continue }
            let root = documents[document]
            let prevEntry = prev >= 0 && entries[prev].line >= (starts[safe: document] ?? 0) ? entries[prev] : nil
            let nextEntry = next.flatMap { entries[$0].line <= (ends[safe: document] ?? Int.max) ? entries[$0] : nil }
            guard let prevEntry else {
                // Before the document's first entry: blank lines between comments are kept (once).
                if i > 0, lines[i - 1].allSatisfy({ $0 == " " || $0 == "\t" }), !root.documentHead.isEmpty {
                    root.documentHead.append("")
                }
                root.documentHead.append(text)
                lastHeadLine[ObjectIdentifier(root)] = i
                continue
            }
            if group.before != prev || group.after != (next ?? -1) {
                group = (prev, next ?? -1)
                block = -1
                toNext = false
            }
            let closing = prevEntry.blocks.filter { b in !(nextEntry?.blocks.contains { $0 === b } ?? false) }
            let nextColumn = nextEntry?.blocks.first?.startColumn ?? 0
            // The first comment past the end of blocks stays with the innermost; a later one less
            // indented moves out to the block it lines up with; one at the next entry's column or
            // less goes on to it (or to the document's end).
            // A comment cut off from the next entry by a blank line is the foot of the entry before
            // it in the next entry's block (go-yaml keeps it with that key when keys are added).
            if let nextEntry, let sameBlock = nextEntry.blocks.first, column <= nextColumn,
               (i + 1..<nextEntry.line).contains(where: { lines[safe: $0]?.allSatisfy({ $0 == " " || $0 == "\t" }) ?? false }),
               let target = entries.last(where: { $0.blocks.first === sameBlock && $0.line < i }) {
                target.node.footComments.append(text)
                continue
            }
            if closing.isEmpty || toNext || column <= nextColumn {
                toNext = !closing.isEmpty
                if let nextEntry { nextEntry.node.headComments.append(text) } else { root.documentFoot.append(text) }
                continue
            }
            if block < 0 {
                block = 0
            } else if column < closing[block].startColumn {
                block = closing.indices.first { $0 > block && closing[$0].startColumn <= column } ?? closing.count - 1
            }
            let owner = closing[block]
            if let target = entries.last(where: { $0.blocks.first === owner && $0.line < i }) {
                target.node.footComments.append(text)
            }
        }
        // A blank line between the top comments and the first entry is kept too.
        for root in documents where !root.documentHead.isEmpty {
            guard let last = lastHeadLine[ObjectIdentifier(root)] else { continue }
            let first = entries.first { $0.line > last }?.line ?? last + 1
            if (last + 1)..<first ~= last + 1, last + 1 < first,
               ((last + 1)..<first).contains(where: { lines[safe: $0]?.allSatisfy({ $0 == " " || $0 == "\t" }) ?? false }) {
                root.documentHead.append("")
            }
        }
    }

    private static func collect(_ node: StyledNode, blocks: [StyledNode], all: inout [StyledNode],
                                entries: inout [Entry], inside: inout Set<Int>) {
        all.append(node)
        if node.kind == .scalar && node.endLine > node.startLine {
            for l in (node.startLine + 1)..<node.endLine { inside.insert(l) }
            if node.style != .literal && node.style != .folded { inside.insert(node.endLine) }
        }
        guard node.kind == .mapping || node.kind == .sequence else { return }
        let isBlock = node.style != .flow
        let inner = isBlock ? [node] + blocks : blocks
        if node.kind == .mapping {
            var i = 0
            while i < node.children.count {
                let key = node.children[i]
                if isBlock { entries.append(Entry(node: key, line: key.startLine, blocks: inner)) }
                collect(key, blocks: inner, all: &all, entries: &entries, inside: &inside)
                if i + 1 < node.children.count { collect(node.children[i + 1], blocks: inner, all: &all, entries: &entries, inside: &inside) }
                i += 2
            }
        } else {
            for item in node.children {
                if isBlock { entries.append(Entry(node: item, line: item.startLine, blocks: inner)) }
                collect(item, blocks: inner, all: &all, entries: &entries, inside: &inside)
            }
        }
    }

    /// The column of the `#` starting a comment on the line, outside every scalar on it.
    private static func commentStart(_ line: [Unicode.Scalar], lineIndex: Int, all: [StyledNode]) -> Int? {
        var p = 0
        while p < line.count {
            if line[p] == "#" && (p == 0 || line[p - 1] == " " || line[p - 1] == "\t") {
                let covered = all.contains { n in
                    n.kind == .scalar && n.style != .plain && n.startLine <= lineIndex && lineIndex <= n.endLine
                        && (n.startLine < lineIndex || n.startColumn <= p) && (n.endLine > lineIndex || p < n.endColumn)
                }
                if !covered { return p }
            }
            p += 1
        }
        return nil
    }

    private static func documentIndex(_ line: Int, starts: [Int], ends: [Int]) -> Int? {
        for (d, end) in ends.enumerated() where line <= end { return d }
        return ends.isEmpty ? nil : ends.count - 1
    }

    /// Writes the comments kept on `documents` into `plain`, the emitter's output for them.
    static func placeComments(_ plain: String, _ documents: [StyledNode]) throws -> String {
        guard documents.contains(where: hasComments) else { return plain }
        let emitted = try parse(plain, withComments: false)
        guard emitted.count == documents.count else { return plain }
        var lines = plain.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var inserts: [(before: Int, text: String)] = []
        for (source, out) in zip(documents, emitted) {
            let first = out.kind == .mapping || out.kind == .sequence ? (out.children.first?.startLine ?? out.startLine) : out.startLine
            for c in source.documentHead { inserts.append((first, c)) }
            place(source, out, itemColumn: nil, inserts: &inserts, lines: &lines)
            let last = out.kind == .scalar ? out.endLine + 1 : out.endLine
            for c in source.documentFoot { inserts.append((last, c)) }
        }
        var result: [String] = []
        var k = 0
        let ordered = inserts.enumerated().sorted { ($0.element.before, $0.offset) < ($1.element.before, $1.offset) }.map(\.element)
        for (i, line) in lines.enumerated() {
            while k < ordered.count && ordered[k].before <= i { result.append(ordered[k].text); k += 1 }
            result.append(line)
        }
        while k < ordered.count { result.append(ordered[k].text); k += 1 }
        if result.last == "" && lines.last == "" {
            // Comments placed at the very end go before the final newline.
            var tail: [String] = []
            while let l = result.last, l == "" { tail.append(l); result.removeLast() }
            result += tail
        }
        return result.joined(separator: "\n")
    }

    private static func hasComments(_ n: StyledNode) -> Bool {
        !n.headComments.isEmpty || n.lineComment != nil || !n.footComments.isEmpty || !n.documentHead.isEmpty
            || !n.documentFoot.isEmpty || n.children.contains(where: hasComments)
    }

    private static func place(_ source: StyledNode, _ out: StyledNode, itemColumn: Int?,
                              inserts: inout [(before: Int, text: String)], lines: inout [String]) {
        if !source.headComments.isEmpty {
            let indent = String(repeating: " ", count: itemColumn ?? out.startColumn)
            for c in source.headComments { inserts.append((out.startLine, c.isEmpty ? "" : indent + c)) }
        }
        if let c = source.lineComment, out.endLine < lines.count, out.style != .literal, out.style != .folded {
            lines[out.endLine] += " " + c
        }
        let isBlock = out.style != .flow && (out.kind == .mapping || out.kind == .sequence)
        let step = out.kind == .mapping ? 2 : 1
        let pairs = Array(zip(source.children, out.children))
        for (index, (s, o)) in pairs.enumerated() {
            place(s, o, itemColumn: out.kind == .sequence && isBlock ? out.startColumn : nil, inserts: &inserts, lines: &lines)
            // An entry's foot comments follow its value, at the block's indentation; a blank line
            // separates them from a following sibling.
            let entry = out.kind == .mapping ? index - index % 2 : index
            guard isBlock, index % step == step - 1 else { continue }
            let feet = pairs[entry].0.footComments
            guard !feet.isEmpty else { continue }
            let indent = String(repeating: " ", count: out.startColumn)
            if entry + step < out.children.count {
                let before = out.children[entry + step].startLine
                for c in feet { inserts.append((before, indent + c)) }
                inserts.append((before, ""))
            } else {
                for c in feet { inserts.append((out.endLine, indent + c)) }
            }
        }
    }
}

private extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

private extension String {
    func trimmingTrailingSpace() -> String {
        var s = Substring(self)
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
    func trimmingLeadingSpace() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
