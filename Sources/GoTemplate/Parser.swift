/// The token source shared by a top-level parser and the sub-parsers it starts
/// for `define` and `block` bodies (Go shares one lexer the same way).
final class TokenStream {
    private let tokens: [Token]
    @exclusivity(unchecked) private var index = 0

    init(tokens: [Token]) { self.tokens = tokens }

    func nextItem() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }
}

/// Collects the trees one `parse` call produces, in definition order.
final class TreeSet {
    private(set) var order: [String] = []
    private(set) var trees: [String: Tree] = [:]

    subscript(name: String) -> Tree? { trees[name] }

    func set(_ tree: Tree) {
        if trees[tree.name] == nil { order.append(tree.name) }
        trees[tree.name] = tree
    }
}

/// The error a parser raises; converted to `TemplateError` at the top.
struct ParseFailure: Error {
    var line: Int
    var message: String
}

/// Go's recursive-descent template parser, one instance per tree being built.
final class Parser {
    // Single-threaded and never borrowed across calls; dynamic exclusivity checks on
    // these grew with nesting depth (quadratic parse time for deeply nested blocks).
    @exclusivity(unchecked) private var name: String
    private let source: TemplateSource
    private let stream: TokenStream
    private let hasFunction: (String) -> Bool
    private let treeSet: TreeSet
    @exclusivity(unchecked) private var token: [Token]
    @exclusivity(unchecked) private var peekCount = 0
    @exclusivity(unchecked) private var vars: [String] = ["$"]
    @exclusivity(unchecked) private var actionLine = 0
    @exclusivity(unchecked) private var rangeDepth = 0
    @exclusivity(unchecked) private var stackDepth = 0

    static let maxStackDepth = 10000
    static let maxPipelineCmds = 100000

    init(name: String, source: TemplateSource, stream: TokenStream, treeSet: TreeSet, hasFunction: @escaping (String) -> Bool) {
        self.name = name
        self.source = source
        self.stream = stream
        self.treeSet = treeSet
        self.hasFunction = hasFunction
        let blank = Token(kind: .eof, pos: 0, value: "", line: 1)
        self.token = [blank, blank, blank]
    }

    /// Parses a whole template text; returns every tree it defines (the top one included).
    static func parse(name: String, text: String, leftDelimiter: String, rightDelimiter: String,
                      hasFunction: @escaping (String) -> Bool) throws(TemplateError) -> TreeSet {
        let bytes = Array(text.utf8)
        var lexer = Lexer(input: bytes, leftDelim: leftDelimiter, rightDelim: rightDelimiter,
                          breakOK: !hasFunction("break"), continueOK: !hasFunction("continue"))
        lexer.run()
        let source = TemplateSource(bytes: bytes, parseName: name)
        let set = TreeSet()
        let parser = Parser(name: name, source: source, stream: TokenStream(tokens: lexer.tokens),
                            treeSet: set, hasFunction: hasFunction)
        do {
            let root = try parser.parseTop()
            try parser.add(root)
        } catch let failure as ParseFailure {
            throw TemplateError(kind: .parse, templateName: name, file: name, line: failure.line,
                                column: -1, context: "", message: failure.message)
        } catch {
            throw TemplateError(kind: .parse, templateName: name, file: name, line: 0,
                                column: -1, context: "", message: "\(error)")
        }
        return set
    }

    // MARK: - Token buffer

    private func next() -> Token {
        if peekCount > 0 {
            peekCount -= 1
        } else {
            token[0] = stream.nextItem()
        }
        return token[peekCount]
    }

    private func backup() { peekCount += 1 }

    private func backup2(_ t1: Token) {
        token[1] = t1
        peekCount = 2
    }

    private func backup3(_ t2: Token, _ t1: Token) {
        token[1] = t1
        token[2] = t2
        peekCount = 3
    }

    private func peek() -> Token {
        if peekCount > 0 { return token[peekCount - 1] }
        peekCount = 1
        token[0] = stream.nextItem()
        return token[0]
    }

    private func nextNonSpace() -> Token {
        var t: Token
        repeat { t = next() } while t.kind == .space
        return t
    }

    private func peekNonSpace() -> Token {
        let t = nextNonSpace()
        backup()
        return t
    }

    // MARK: - Errors

    private func fail(_ message: String) -> ParseFailure {
        ParseFailure(line: token[0].line, message: message)
    }

    private func unexpected(_ t: Token, _ context: String) -> ParseFailure {
        if t.kind == .error {
            var extra = ""
            if actionLine != 0 && actionLine != t.line {
                extra = " in action started at \(source.parseName):\(actionLine)"
                if t.value.hasSuffix(" action") {
                    extra = String(extra.dropFirst(" in action".count))
                }
            }
            return fail(t.value + extra)
        }
        return fail("unexpected \(t.errorText) in \(context)")
    }

    private func expect(_ kind: TokenKind, _ context: String) throws -> Token {
        let t = nextNonSpace()
        if t.kind != kind { throw unexpected(t, context) }
        return t
    }

    // MARK: - Structure

    /// Go's `add`: a later empty body never replaces an earlier real one; two real ones clash.
    fileprivate func add(_ root: ListNode) throws {
        if let existing = treeSet[name], !Tree.isEmpty(existing.root) {
            if !Tree.isEmpty(root) {
                throw fail("template: multiple definition of template \(GoQuote.quote(name))")
            }
            return
        }
        treeSet.set(Tree(name: name, source: source, root: root))
    }

    private func newSubParser(name: String) -> Parser {
        Parser(name: name, source: source, stream: stream, treeSet: treeSet, hasFunction: hasFunction)
    }

    /// What `textOrAction` may return: a node, or the `end`/`else` that closes a list.
    private enum Item {
        case node(Node)
        case end(pos: Int)
        case elseItem(pos: Int)
    }

    private static func describe(_ item: Item) -> String {
        switch item {
        case .node(let n): return n.node.description
        case .end: return "{{end}}"
        case .elseItem: return "{{else}}"
        }
    }

    fileprivate func parseTop() throws -> ListNode {
        let root = ListNode(pos: peek().pos)
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let delim = next()
                if nextNonSpace().kind == .define {
                    let sub = newSubParser(name: "definition")
                    try sub.parseDefinition()
                    continue
                }
                backup2(delim)
            }
            let item = try textOrAction()
            switch item {
            case .node(let n): root.nodes.append(n)
            case .end, .elseItem: throw fail("unexpected \(Parser.describe(item))")
            }
        }
        return root
    }

    private func parseDefinition() throws {
        let context = "define clause"
        let t = nextNonSpace()
        if t.kind != .string && t.kind != .rawString { throw unexpected(t, context) }
        name = try unquote(t.value)
        _ = try expect(.rightDelim, context)
        let (list, end) = try itemList()
        if case .end = end {} else {
            throw fail("unexpected \(Parser.describe(end)) in \(context)")
        }
        try add(list)
    }

    private func itemList() throws -> (ListNode, Item) {
        let list = ListNode(pos: peekNonSpace().pos)
        while peekNonSpace().kind != .eof {
            let item = try textOrAction()
            switch item {
            case .node(let n): list.nodes.append(n)
            case .end, .elseItem: return (list, item)
            }
        }
        throw fail("unexpected EOF")
    }

    private func textOrAction() throws -> Item {
        let t = nextNonSpace()
        switch t.kind {
        case .text:
            return .node(.text(TextNode(pos: t.pos, bytes: Array(t.value.utf8))))
        case .leftDelim:
            actionLine = t.line
            defer { actionLine = 0 }
            return try action()
        case .comment:
            return .node(.comment(CommentNode(pos: t.pos, text: t.value)))
        default:
            throw unexpected(t, "input")
        }
    }

    private func action() throws -> Item {
        let t = nextNonSpace()
        switch t.kind {
        case .block: return .node(try blockControl())
        case .breakKeyword: return .node(try loopControl(t, isBreak: true))
        case .continueKeyword: return .node(try loopControl(t, isBreak: false))
        case .elseKeyword: return try elseControl()
        case .end: return .end(pos: try expect(.rightDelim, "end").pos)
        case .ifKeyword: return .node(.ifNode(try branch(.ifBranch)))
        case .range: return .node(.rangeNode(try branch(.rangeBranch)))
        case .template: return .node(try templateControl())
        case .with: return .node(.withNode(try branch(.withBranch)))
        default: break
        }
        backup()
        let pos = peek().pos
        return .node(.action(ActionNode(pos: pos, pipe: try pipeline("command", end: .rightDelim))))
    }

    private func loopControl(_ t: Token, isBreak: Bool) throws -> Node {
        let word = isBreak ? "{{break}}" : "{{continue}}"
        let closing = nextNonSpace()
        if closing.kind != .rightDelim { throw unexpected(closing, word) }
        if rangeDepth == 0 { throw fail("\(word) outside {{range}}") }
        let n = LoopControlNode(pos: t.pos, isBreak: isBreak)
        return isBreak ? .breakNode(n) : .continueNode(n)
    }

    private func pipeline(_ context: String, end: TokenKind) throws -> PipeNode {
        let pipe = PipeNode(pos: peekNonSpace().pos)
        decls: while true {
            let v = peekNonSpace()
            guard v.kind == .variable else { break decls }
            _ = next()
            let tokenAfterVariable = peek()
            let nxt = peekNonSpace()
            if nxt.kind == .assign || nxt.kind == .declare {
                pipe.isAssign = nxt.kind == .assign
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, ident: [v.value]))
                vars.append(v.value)
            } else if nxt.kind == .char && nxt.value == "," {
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, ident: [v.value]))
                vars.append(v.value)
                if context == "range" && pipe.decl.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen:
                        continue decls
                    default:
                        throw fail("range can only initialize variables")
                    }
                }
                throw fail("too many declarations in \(context)")
            } else if tokenAfterVariable.kind == .space {
                backup3(v, tokenAfterVariable)
            } else {
                backup2(v)
            }
            break decls
        }
        while true {
            let t = nextNonSpace()
            switch t.kind {
            case end:
                try checkPipeline(pipe, context)
                return pipe
            case .bool, .charConstant, .complex, .dot, .field, .identifier,
                 .number, .nilKeyword, .rawString, .string, .variable, .leftParen:
                backup()
                pipe.cmds.append(try command())
                if pipe.cmds.count > Parser.maxPipelineCmds { throw fail("pipeline too long") }
            default:
                throw unexpected(t, context)
            }
        }
    }

    private func checkPipeline(_ pipe: PipeNode, _ context: String) throws {
        if pipe.cmds.isEmpty { throw fail("missing value for \(context)") }
        for (i, c) in pipe.cmds.enumerated().dropFirst() where c.args[0].isLiteral {
            throw fail("non executable command in pipeline stage \(i + 1)")
        }
    }

    private func branch(_ kind: BranchNode.Kind) throws -> BranchNode {
        let context = kind.rawValue
        let savedVars = vars.count
        defer { vars.removeSubrange(savedVars...) }
        let pipe = try pipeline(context, end: .rightDelim)
        if kind == .rangeBranch { rangeDepth += 1 }
        let (list, next) = try itemList()
        if kind == .rangeBranch { rangeDepth -= 1 }
        var elseList: ListNode?
        switch next {
        case .end: break
        case .elseItem(let elsePos):
            if kind == .ifBranch && peek().kind == .ifKeyword {
                _ = self.next()
                let l = ListNode(pos: elsePos)
                l.nodes.append(.ifNode(try branch(.ifBranch)))
                elseList = l
            } else if kind == .withBranch && peek().kind == .with {
                _ = self.next()
                let l = ListNode(pos: elsePos)
                l.nodes.append(.withNode(try branch(.withBranch)))
                elseList = l
            } else {
                let (l, n2) = try itemList()
                if case .end = n2 {} else {
                    throw fail("expected end; found \(Parser.describe(n2))")
                }
                elseList = l
            }
        case .node: break
        }
        return BranchNode(kind: kind, pos: pipe.pos, pipe: pipe, list: list, elseList: elseList)
    }

    private func elseControl() throws -> Item {
        let p = peekNonSpace()
        if p.kind == .ifKeyword || p.kind == .with {
            return .elseItem(pos: p.pos)
        }
        let t = try expect(.rightDelim, "else")
        return .elseItem(pos: t.pos)
    }

    private func blockControl() throws -> Node {
        let context = "block clause"
        let t = nextNonSpace()
        let blockName = try templateName(t, context)
        let pipe = try pipeline(context, end: .rightDelim)
        let sub = newSubParser(name: blockName)
        let (list, end) = try sub.itemList()
        if case .end = end {} else {
            throw fail("unexpected \(Parser.describe(end)) in \(context)")
        }
        try sub.add(list)
        return .template(TemplateCallNode(pos: t.pos, name: blockName, pipe: pipe))
    }

    private func templateControl() throws -> Node {
        let context = "template clause"
        let t = nextNonSpace()
        let callee = try templateName(t, context)
        var pipe: PipeNode?
        if nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return .template(TemplateCallNode(pos: t.pos, name: callee, pipe: pipe))
    }

    private func templateName(_ t: Token, _ context: String) throws -> String {
        switch t.kind {
        case .string, .rawString: return try unquote(t.value)
        default: throw unexpected(t, context)
        }
    }

    private func command() throws -> CommandNode {
        let cmd = CommandNode(pos: peekNonSpace().pos)
        loop: while true {
            _ = peekNonSpace()
            if let operand = try operand() {
                cmd.args.append(operand)
            }
            let t = next()
            switch t.kind {
            case .space: continue loop
            case .rightDelim, .rightParen: backup()
            case .pipe: break
            default: throw unexpected(t, "operand")
            }
            break loop
        }
        if cmd.args.isEmpty { throw fail("empty command") }
        return cmd
    }

    private func operand() throws -> Operand? {
        guard let node = try term() else { return nil }
        if peek().kind == .field {
            let chain = ChainNode(pos: peek().pos, node: node)
            while peek().kind == .field {
                chain.fields.append(String(next().value.dropFirst()))
            }
            switch node {
            case .field(let f):
                return .field(FieldNode(pos: chain.pos, ident: f.ident + chain.fields))
            case .variable(let v):
                return .variable(VariableNode(pos: chain.pos, ident: v.ident + chain.fields))
            case .bool, .string, .number, .nilLiteral, .dot:
                throw fail("unexpected . after term \(GoQuote.quote(node.node.description))")
            default:
                return .chain(chain)
            }
        }
        return node
    }

    private func term() throws -> Operand? {
        let t = nextNonSpace()
        switch t.kind {
        case .identifier:
            if !hasFunction(t.value) {
                throw fail("function \(GoQuote.quote(t.value)) not defined")
            }
            return .identifier(IdentifierNode(pos: t.pos, name: t.value))
        case .dot:
            return .dot(DotNode(pos: t.pos))
        case .nilKeyword:
            return .nilLiteral(NilNode(pos: t.pos))
        case .variable:
            let v = VariableNode(pos: t.pos, ident: t.value.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
            if !vars.contains(v.ident[0]) {
                throw fail("undefined variable \(GoQuote.quote(v.ident[0]))")
            }
            return .variable(v)
        case .field:
            return .field(FieldNode(pos: t.pos, ident: t.value.split(separator: ".").map(String.init)))
        case .bool:
            return .bool(BoolNode(pos: t.pos, value: t.value == "true"))
        case .charConstant, .complex, .number:
            switch NumberParser.parse(pos: t.pos, text: t.value, kind: t.kind) {
            case .success(let n): return .number(n)
            case .failure(let e): throw fail(e.message)
            }
        case .leftParen:
            if stackDepth >= Parser.maxStackDepth { throw fail("max expression depth exceeded") }
            stackDepth += 1
            defer { stackDepth -= 1 }
            return .pipe(try pipeline("parenthesized pipeline", end: .rightParen))
        case .string, .rawString:
            return .string(StringNode(pos: t.pos, quoted: t.value, text: try unquote(t.value)))
        default:
            backup()
            return nil
        }
    }

    private func unquote(_ s: String) throws -> String {
        guard let u = GoUnquote.unquote(s) else { throw fail("invalid syntax") }
        return u
    }
}
