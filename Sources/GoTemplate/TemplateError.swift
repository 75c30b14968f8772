/// A parse or execution failure, carrying Go's pieces so callers can format it
/// their way (Helm v3 prints `description`; Helm v4 re-lays it out per frame).
public struct TemplateError: Error, CustomStringConvertible, @unchecked Sendable {
    /// Which phase failed; decides the shape of `description`.
    public enum Kind: Sendable, Equatable {
        /// `template: FILE:LINE: MESSAGE`.
        case parse
        /// `template: FILE:LINE:COL: executing "NAME" at <NODE>: MESSAGE`.
        case execution
        /// `template: NAME: MESSAGE` (execution failed before reaching any node).
        case executionStart
        /// `template: no template "X" associated with template "ROOT"` (ExecuteTemplate's lookup).
        case noSuchTemplate
    }

    public let kind: Kind
    /// The template being executed (a file path or a `define` name).
    public let templateName: String
    /// The file (parse name) that holds the failing node.
    public let file: String
    public let line: Int
    /// 0-based byte column of the node within its line; -1 for parse errors.
    public let column: Int
    /// The failing node printed back as source (`.Values.a.b`, `include "x" .`).
    public let context: String
    /// Go's message after the location part.
    public let message: String
    /// The error a called function returned, when the failure came from one.
    public let underlying: (any Error)?

    init(kind: Kind, templateName: String, file: String, line: Int, column: Int,
         context: String, message: String, underlying: (any Error)? = nil) {
        self.kind = kind
        self.templateName = templateName
        self.file = file
        self.line = line
        self.column = column
        self.context = context
        self.message = message
        self.underlying = underlying
    }

    /// Exactly Go's `err.Error()`.
    public var description: String {
        switch kind {
        case .parse:
            return "template: \(file):\(line): \(message)"
        case .execution:
            return "template: \(file):\(line):\(column): executing \(GoQuote.quote(templateName)) at <\(context)>: \(message)"
        case .executionStart:
            return "template: \(templateName): \(message)"
        case .noSuchTemplate:
            return message
        }
    }
}

/// The text a tree was parsed from, shared by the trees of one `parse` call so
/// error positions can be computed lazily.
final class TemplateSource {
    let bytes: [UInt8]
    let parseName: String

    init(bytes: [UInt8], parseName: String) {
        self.bytes = bytes
        self.parseName = parseName
    }

    /// Go's ErrorContext location: 1-based line, 0-based byte column.
    func location(of pos: Int) -> (line: Int, column: Int) {
        let p = min(max(pos, 0), bytes.count)
        var line = 1
        var lastNewline = -1
        var i = 0
        while i < p {
            if bytes[i] == 0x0A {
                line += 1
                lastNewline = i
            }
            i += 1
        }
        return (line, lastNewline < 0 ? p : p - lastNewline - 1)
    }
}

/// One named template: its body and where it came from.
final class Tree {
    let name: String
    let source: TemplateSource
    let root: ListNode

    init(name: String, source: TemplateSource, root: ListNode) {
        self.name = name
        self.source = source
        self.root = root
    }

    /// Go's IsEmptyTree: only whitespace text and comments.
    static func isEmpty(_ list: ListNode) -> Bool {
        for n in list.nodes {
            switch n {
            case .text(let t):
                if t.bytes.contains(where: { !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) }) {
                    return false
                }
            case .comment: continue
            case .list(let l): if !isEmpty(l) { return false }
            default: return false
            }
        }
        return true
    }
}
