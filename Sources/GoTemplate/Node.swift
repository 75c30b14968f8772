/// A parsed piece of template that can be the subject of an error: it knows its
/// byte offset (line and column are computed only when an error is reported) and
/// prints its own source back, as Go's parse nodes do.
protocol TemplateNode: AnyObject, CustomStringConvertible {
    var pos: Int { get }
    func write(into out: inout String)
}

extension TemplateNode {
    var description: String {
        var s = ""
        write(into: &s)
        return s
    }
}

/// A statement-level node: what a list holds and `walk` executes.
enum Node {
    case text(TextNode)
    case comment(CommentNode)
    case action(ActionNode)
    case ifNode(BranchNode)
    case rangeNode(BranchNode)
    case withNode(BranchNode)
    case list(ListNode)
    case template(TemplateCallNode)
    case breakNode(LoopControlNode)
    case continueNode(LoopControlNode)

    var node: any TemplateNode {
        switch self {
        case .text(let n): return n
        case .comment(let n): return n
        case .action(let n): return n
        case .ifNode(let n), .rangeNode(let n), .withNode(let n): return n
        case .list(let n): return n
        case .template(let n): return n
        case .breakNode(let n), .continueNode(let n): return n
        }
    }
}

/// An argument of a command: a literal, a name, a field chain or a parenthesised pipeline.
enum Operand {
    case identifier(IdentifierNode)
    case dot(DotNode)
    case nilLiteral(NilNode)
    case variable(VariableNode)
    case field(FieldNode)
    case chain(ChainNode)
    case bool(BoolNode)
    case number(NumberNode)
    case string(StringNode)
    case pipe(PipeNode)

    var node: any TemplateNode {
        switch self {
        case .identifier(let n): return n
        case .dot(let n): return n
        case .nilLiteral(let n): return n
        case .variable(let n): return n
        case .field(let n): return n
        case .chain(let n): return n
        case .bool(let n): return n
        case .number(let n): return n
        case .string(let n): return n
        case .pipe(let n): return n
        }
    }

    /// Operands that cannot start a later pipeline stage (Go's "non executable command").
    var isLiteral: Bool {
        switch self {
        case .bool, .dot, .nilLiteral, .number, .string: return true
        default: return false
        }
    }

    func write(into out: inout String) {
        if case .pipe(let p) = self {
            out += "("
            p.write(into: &out)
            out += ")"
        } else {
            node.write(into: &out)
        }
    }
}
