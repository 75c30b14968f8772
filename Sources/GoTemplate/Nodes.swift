/// Plain text between actions, kept as bytes so output is a straight copy.
final class TextNode: TemplateNode {
    let pos: Int
    let bytes: [UInt8]
    init(pos: Int, bytes: [UInt8]) { self.pos = pos; self.bytes = bytes }
    func write(into out: inout String) { out += String(decoding: bytes, as: UTF8.self) }
}

/// A `{{/* ... */}}` comment (only kept when asked for; prints back whole).
final class CommentNode: TemplateNode {
    let pos: Int
    let text: String
    init(pos: Int, text: String) { self.pos = pos; self.text = text }
    func write(into out: inout String) { out += "{{" + text + "}}" }
}

/// A sequence of nodes: a template body or one branch of a control structure.
final class ListNode: TemplateNode {
    let pos: Int
    @exclusivity(unchecked) var nodes: [Node] = []
    init(pos: Int) { self.pos = pos }
    func write(into out: inout String) {
        for n in nodes { n.node.write(into: &out) }
    }
}

/// `{{pipeline}}`: evaluate and print unless it declares variables.
final class ActionNode: TemplateNode {
    let pos: Int
    let pipe: PipeNode
    init(pos: Int, pipe: PipeNode) { self.pos = pos; self.pipe = pipe }
    func write(into out: inout String) {
        out += "{{"
        pipe.write(into: &out)
        out += "}}"
    }
}

/// `$x, $y := cmd | cmd`: declarations and the commands whose results flow left to right.
final class PipeNode: TemplateNode {
    let pos: Int
    @exclusivity(unchecked) var isAssign = false
    @exclusivity(unchecked) var decl: [VariableNode] = []
    @exclusivity(unchecked) var cmds: [CommandNode] = []
    init(pos: Int) { self.pos = pos }
    func write(into out: inout String) {
        if !decl.isEmpty {
            for (i, v) in decl.enumerated() {
                if i > 0 { out += ", " }
                v.write(into: &out)
            }
            out += isAssign ? " = " : " := "
        }
        for (i, c) in cmds.enumerated() {
            if i > 0 { out += " | " }
            c.write(into: &out)
        }
    }
}

/// One pipeline stage: a function, method or value followed by its arguments.
final class CommandNode: TemplateNode {
    let pos: Int
    @exclusivity(unchecked) var args: [Operand] = []
    init(pos: Int) { self.pos = pos }
    func write(into out: inout String) {
        for (i, a) in args.enumerated() {
            if i > 0 { out += " " }
            a.write(into: &out)
        }
    }
}

/// A function name, resolved at parse time.
final class IdentifierNode: TemplateNode {
    let pos: Int
    let name: String
    init(pos: Int, name: String) { self.pos = pos; self.name = name }
    func write(into out: inout String) { out += name }
}

/// `$x` or `$x.a.b`: a variable, possibly followed by fields.
final class VariableNode: TemplateNode {
    let pos: Int
    let ident: [String]
    init(pos: Int, ident: [String]) { self.pos = pos; self.ident = ident }
    func write(into out: inout String) { out += ident.joined(separator: ".") }
}

/// `.`: the cursor.
final class DotNode: TemplateNode {
    let pos: Int
    init(pos: Int) { self.pos = pos }
    func write(into out: inout String) { out += "." }
}

/// The untyped `nil` literal.
final class NilNode: TemplateNode {
    let pos: Int
    init(pos: Int) { self.pos = pos }
    func write(into out: inout String) { out += "nil" }
}

/// `.a.b.c`: fields or map keys walked from dot.
final class FieldNode: TemplateNode {
    let pos: Int
    let ident: [String]
    init(pos: Int, ident: [String]) { self.pos = pos; self.ident = ident }
    func write(into out: inout String) {
        for id in ident { out += "." + id }
    }
}

/// `(pipeline).a.b` or `fn.a`: fields walked from an arbitrary term.
final class ChainNode: TemplateNode {
    let pos: Int
    let node: Operand
    @exclusivity(unchecked) var fields: [String] = []
    init(pos: Int, node: Operand) { self.pos = pos; self.node = node }
    func write(into out: inout String) {
        node.write(into: &out)
        for f in fields { out += "." + f }
    }
}

/// `true` or `false`.
final class BoolNode: TemplateNode {
    let pos: Int
    let value: Bool
    init(pos: Int, value: Bool) { self.pos = pos; self.value = value }
    func write(into out: inout String) { out += value ? "true" : "false" }
}

/// A numeric or character literal with every Go type it can take (Go's untyped constant).
final class NumberNode: TemplateNode {
    let pos: Int
    let text: String
    var isInt = false, isUint = false, isFloat = false, isComplex = false
    var int64: Int64 = 0
    var uint64: UInt64 = 0
    var float64: Double = 0
    init(pos: Int, text: String) { self.pos = pos; self.text = text }
    func write(into out: inout String) { out += text }
}

/// A string literal: the quoted source and the unquoted value.
final class StringNode: TemplateNode {
    let pos: Int
    let quoted: String
    let text: String
    init(pos: Int, quoted: String, text: String) { self.pos = pos; self.quoted = quoted; self.text = text }
    func write(into out: inout String) { out += quoted }
}

/// `if`, `range` and `with`: a pipeline, a body and an optional else body.
final class BranchNode: TemplateNode {
    enum Kind: String { case ifBranch = "if", rangeBranch = "range", withBranch = "with" }
    let kind: Kind
    let pos: Int
    let pipe: PipeNode
    let list: ListNode
    let elseList: ListNode?
    init(kind: Kind, pos: Int, pipe: PipeNode, list: ListNode, elseList: ListNode?) {
        self.kind = kind; self.pos = pos; self.pipe = pipe; self.list = list; self.elseList = elseList
    }
    func write(into out: inout String) {
        out += "{{" + kind.rawValue + " "
        pipe.write(into: &out)
        out += "}}"
        list.write(into: &out)
        if let e = elseList {
            out += "{{else}}"
            e.write(into: &out)
        }
        out += "{{end}}"
    }
}

/// `{{template "name" pipeline}}` (also what `block` leaves in place).
final class TemplateCallNode: TemplateNode {
    let pos: Int
    let name: String
    let pipe: PipeNode?
    init(pos: Int, name: String, pipe: PipeNode?) { self.pos = pos; self.name = name; self.pipe = pipe }
    func write(into out: inout String) {
        out += "{{template " + GoQuote.quote(name)
        if let p = pipe {
            out += " "
            p.write(into: &out)
        }
        out += "}}"
    }
}

/// `{{break}}` or `{{continue}}`.
final class LoopControlNode: TemplateNode {
    let pos: Int
    let isBreak: Bool
    init(pos: Int, isBreak: Bool) { self.pos = pos; self.isBreak = isBreak }
    func write(into out: inout String) { out += isBreak ? "{{break}}" : "{{continue}}" }
}
