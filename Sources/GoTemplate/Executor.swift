import GoValue

/// Walks a parsed tree against data, writing into one growing byte buffer.
/// One executor per `execute` call; `template` invocations swap the tree and
/// variable stack in place and restore them afterwards.
final class Executor {
    /// Deepest nesting of `{{template}}` calls; Go allows 100000 but a native stack
    /// cannot, so recursion stops here with Go's error text.
    static let maxExecDepth = 1000

    private let trees: [String: Tree]
    private let functions: [String: GoFunction]
    private let missingKey: MissingKey
    // The executor is single-threaded and never hands out references to these, so the
    // dynamic exclusivity checks (a measurable share of execution time) are skipped.
    @exclusivity(unchecked) private var tree: Tree
    @exclusivity(unchecked) private var vars: [(name: String, value: ExecValue)] = []
    @exclusivity(unchecked) private var depth = 0
    @exclusivity(unchecked) private var current: (any TemplateNode)?
    @exclusivity(unchecked) private(set) var output: [UInt8] = []

    /// What a walked node asks of the enclosing range.
    enum Control { case normal, breakLoop, continueLoop }

    init(trees: [String: Tree], functions: [String: GoFunction], missingKey: MissingKey, tree: Tree) {
        self.trees = trees
        self.functions = functions
        self.missingKey = missingKey
        self.tree = tree
    }

    func run(data: GoValue) throws -> String {
        let dot: ExecValue = data.isNil ? .invalid : .concrete(data)
        vars = [("$", dot)]
        output.reserveCapacity(4096)
        _ = try walk(dot, .list(tree.root))
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: - Errors

    private func at(_ node: any TemplateNode) { current = node }

    /// An execution error located at the current node, in Go's format.
    func fail(_ message: String, underlying: (any Error)? = nil) -> TemplateError {
        guard let node = current else {
            return TemplateError(kind: .executionStart, templateName: tree.name, file: tree.source.parseName,
                                 line: 0, column: 0, context: "", message: message, underlying: underlying)
        }
        let (line, column) = tree.source.location(of: node.pos)
        return TemplateError(kind: .execution, templateName: tree.name, file: tree.source.parseName,
                             line: line, column: column, context: node.description, message: message,
                             underlying: underlying)
    }

    // MARK: - Variables

    private func setVar(_ name: String, _ value: ExecValue) throws {
        var i = vars.count - 1
        while i >= 0 {
            if vars[i].name == name {
                vars[i].value = value
                return
            }
            i -= 1
        }
        throw fail("undefined variable: \(name)")
    }

    private func varValue(_ name: String) throws -> ExecValue {
        var i = vars.count - 1
        while i >= 0 {
            if vars[i].name == name { return vars[i].value }
            i -= 1
        }
        throw fail("undefined variable: \(name)")
    }

    private func pop(to mark: Int) {
        if vars.count > mark { vars.removeSubrange(mark...) }
    }

    // MARK: - Walking

    private func walk(_ dot: ExecValue, _ node: Node) throws -> Control {
        switch node {
        case .list(let l):
            at(l)
            for n in l.nodes {
                let c = try walk(dot, n)
                if c != .normal { return c }
            }
        case .text(let t):
            output.append(contentsOf: t.bytes)
        case .action(let a):
            at(a)
            let v = try evalPipeline(dot, a.pipe)
            if a.pipe.decl.isEmpty {
                try printValue(a, v)
            }
        case .comment:
            break
        case .ifNode(let b):
            at(b)
            return try walkIfOrWith(isWith: false, dot, b)
        case .withNode(let b):
            at(b)
            return try walkIfOrWith(isWith: true, dot, b)
        case .rangeNode(let b):
            at(b)
            try walkRange(dot, b)
        case .template(let t):
            try walkTemplate(dot, t)
        case .breakNode:
            return .breakLoop
        case .continueNode:
            return .continueLoop
        }
        return .normal
    }

    private func walkIfOrWith(isWith: Bool, _ dot: ExecValue, _ b: BranchNode) throws -> Control {
        let mark = vars.count
        defer { pop(to: mark) }
        let val = try evalPipeline(dot, b.pipe)
        if val.isTrue {
            return try walk(isWith ? val : dot, .list(b.list))
        } else if let e = b.elseList {
            return try walk(dot, .list(e))
        }
        return .normal
    }

    private func walkRange(_ dot: ExecValue, _ r: BranchNode) throws {
        at(r)
        let outer = vars.count
        defer { pop(to: outer) }
        let val = try evalPipeline(dot, r.pipe)
        let mark = vars.count
        let decl = r.pipe.decl

        /// Runs the body once; false when the body asked to break.
        func oneIteration(_ index: ExecValue, _ elem: ExecValue) throws -> Bool {
            if !decl.isEmpty {
                if r.pipe.isAssign {
                    try setVar(decl[0].ident[0], decl.count > 1 ? index : elem)
                } else {
                    vars[vars.count - 1].value = elem
                }
            }
            if decl.count > 1 {
                if r.pipe.isAssign {
                    try setVar(decl[1].ident[0], elem)
                } else {
                    vars[vars.count - 2].value = index
                }
            }
            defer { pop(to: mark) }
            return try walk(elem, .list(r.list)) != .breakLoop
        }

        switch val {
        case .concrete(let g0):
            let g = g0.mapObjectUnwrapped
            switch g {
            case .slice(let s):
                if s.count == 0 { break }
                for (i, e) in s.elements.enumerated() {
                    if try !oneIteration(.concrete(.int(i)), ExecValue.element(e, of: s.elementType)) { break }
                }
                return
            case .map(let m):
                if m.count == 0 { break }
                for k in m.sortedKeys {
                    if try !oneIteration(.concrete(.string(k)), ExecValue.element(m.entries[k]!, of: m.valueType)) { break }
                }
                return
            default:
                if g.signedInteger != nil || g.unsignedInteger != nil {
                    if decl.count > 1 {
                        throw fail("can't use \(GoFmt.formatValue(g)) to iterate over more than one variable")
                    }
                    let n: Int64 = g.signedInteger ?? Int64(clamping: g.unsignedInteger!)
                    if n <= 0 { break }
                    var i: Int64 = 0
                    while i < n {
                        if try !oneIteration(.invalid, .concrete(Executor.sameIntegerType(as: g, i))) { break }
                        i += 1
                    }
                    return
                }
                throw fail("range can't iterate over \(GoFmt.formatValue(g))")
            }
        case .boxed(let g) where !g.isNil:
            throw fail("range can't iterate over \(GoFmt.formatValue(g))")
        default:
            break
        }
        if let e = r.elseList {
            _ = try walk(dot, .list(e))
        }
    }

    private static func sameIntegerType(as g: GoValue, _ i: Int64) -> GoValue {
        switch g {
        case .int: return .int(Int(i))
        case .int64: return .int64(i)
        case .integer(_, let t): return .integer(i, t)
        case .uint64: return .integer(i, .uint64)
        default: return .int(Int(i))
        }
    }

    private func walkTemplate(_ dot: ExecValue, _ t: TemplateCallNode) throws {
        at(t)
        guard let target = trees[t.name] else {
            throw fail("template \(GoQuote.quote(t.name)) not defined")
        }
        if depth >= Executor.maxExecDepth {
            throw fail("exceeded maximum template depth (\(Executor.maxExecDepth))")
        }
        let newDot = t.pipe == nil ? ExecValue.invalid : try evalPipeline(dot, t.pipe!)
        let savedTree = tree, savedVars = vars, savedNode = current
        tree = target
        vars = [("$", newDot)]
        depth += 1
        defer {
            depth -= 1
            tree = savedTree
            vars = savedVars
            current = savedNode
        }
        _ = try walk(newDot, .list(target.root))
    }

    private func printValue(_ node: any TemplateNode, _ v: ExecValue) throws {
        at(node)
        switch v {
        case .invalid:
            output.append(contentsOf: "<no value>".utf8)
        case .boxed(let g), .concrete(let g):
            if case .string(let s) = g {
                output.append(contentsOf: s.utf8)
            } else if case .object(let o) = g, let printable = o as? any GoTemplatePrintable {
                output.append(contentsOf: printable.templateText.utf8)
            } else {
                output.append(contentsOf: GoFmt.formatValue(g).utf8)
            }
        }
    }

    // MARK: - Evaluation

    private func evalPipeline(_ dot: ExecValue, _ pipe: PipeNode) throws -> ExecValue {
        at(pipe)
        var value: ExecValue? = nil
        for cmd in pipe.cmds {
            var v = try evalCommand(dot, cmd, final: value)
            if case .boxed(let g) = v {
                v = g.isNil ? .invalid : .concrete(g)
            }
            value = v
        }
        let result = value ?? .invalid
        for variable in pipe.decl {
            if pipe.isAssign {
                try setVar(variable.ident[0], result)
            } else {
                vars.append((variable.ident[0], result))
            }
        }
        return result
    }

    private func notAFunction(_ args: [Operand]?, _ final: ExecValue?) throws {
        if let args, args.count > 1 || final != nil {
            throw fail("can't give argument to non-function \(args[0].node.description)")
        } else if args == nil && final != nil {
            throw fail("can't give argument to non-function")
        }
    }

    private func evalCommand(_ dot: ExecValue, _ cmd: CommandNode, final: ExecValue?) throws -> ExecValue {
        let first = cmd.args[0]
        switch first {
        case .field(let f): return try evalFieldNode(dot, f, cmd.args, final)
        case .chain(let c): return try evalChainNode(dot, c, cmd.args, final)
        case .identifier(let id): return try evalFunction(dot, id, cmd, cmd.args, final)
        case .pipe(let p):
            try notAFunction(cmd.args, final)
            return try evalPipeline(dot, p)
        case .variable(let v): return try evalVariableNode(dot, v, cmd.args, final)
        default: break
        }
        at(first.node)
        try notAFunction(cmd.args, final)
        switch first {
        case .bool(let b): return .concrete(.bool(b.value))
        case .dot: return dot
        case .nilLiteral: throw fail("nil is not a command")
        case .number(let n): return try idealConstant(n)
        case .string(let s): return .concrete(.string(s.text))
        default: throw fail("can't evaluate command \(GoQuote.quote(first.node.description))")
        }
    }

    /// A number literal where nothing says its type: int, or float64 when written like one.
    private func idealConstant(_ n: NumberNode) throws -> ExecValue {
        at(n)
        if n.isComplex {
            throw fail("complex constants are not supported: \(n.text)")
        }
        let t = n.text.utf8
        let isHexInt = t.count > 2 && t.first == UInt8(ascii: "0")
            && (t.dropFirst().first == UInt8(ascii: "x") || t.dropFirst().first == UInt8(ascii: "X"))
            && !t.contains(where: { $0 == UInt8(ascii: "p") || $0 == UInt8(ascii: "P") })
        let isRune = t.first == UInt8(ascii: "'")
        if n.isFloat && !isHexInt && !isRune
            && t.contains(where: { $0 == 0x2E || $0 == 0x65 || $0 == 0x45 || $0 == 0x70 || $0 == 0x50 }) {
            return .concrete(.float64(n.float64))
        }
        if n.isInt { return .concrete(.int(Int(n.int64))) }
        if n.isUint { throw fail("\(n.text) overflows int") }
        return .invalid
    }

    private func evalFieldNode(_ dot: ExecValue, _ f: FieldNode, _ args: [Operand]?, _ final: ExecValue?) throws -> ExecValue {
        at(f)
        return try evalFieldChain(dot, dot, f, f.ident[...], args, final)
    }

    private func evalChainNode(_ dot: ExecValue, _ c: ChainNode, _ args: [Operand]?, _ final: ExecValue?) throws -> ExecValue {
        at(c)
        if c.fields.isEmpty { throw fail("internal error: no fields in evalChainNode") }
        if case .nilLiteral = c.node {
            throw fail("indirection through explicit nil in \(c.description)")
        }
        let pipe = try evalArg(dot, nil, c.node)
        return try evalFieldChain(dot, pipe, c, c.fields[...], args, final)
    }

    private func evalVariableNode(_ dot: ExecValue, _ v: VariableNode, _ args: [Operand]?, _ final: ExecValue?) throws -> ExecValue {
        at(v)
        let value = try varValue(v.ident[0])
        if v.ident.count == 1 {
            try notAFunction(args, final)
            return value
        }
        return try evalFieldChain(dot, value, v, v.ident[1...], args, final)
    }

    private func evalFieldChain(_ dot: ExecValue, _ receiver0: ExecValue, _ node: any TemplateNode,
                                _ ident: ArraySlice<String>, _ args: [Operand]?, _ final: ExecValue?) throws -> ExecValue {
        var receiver = receiver0
        let last = ident.endIndex - 1
        var i = ident.startIndex
        while i < last {
            receiver = try evalField(dot, ident[i], node, nil, nil, receiver)
            i += 1
        }
        return try evalField(dot, ident[last], node, args, final, receiver)
    }

    private func evalFunction(_ dot: ExecValue, _ id: IdentifierNode, _ cmd: any TemplateNode,
                              _ args: [Operand]?, _ final: ExecValue?) throws -> ExecValue {
        at(id)
        if let fn = functions[id.name] {
            return try evalCall(dot, .function(fn), cmd, id.name, args, final)
        }
        if let b = Builtin(rawValue: id.name) {
            return try evalCall(dot, .builtin(b), cmd, id.name, args, final)
        }
        throw fail("\(GoQuote.quote(id.name)) is not a defined function")
    }

    private func evalField(_ dot: ExecValue, _ name: String, _ node: any TemplateNode, _ args: [Operand]?,
                           _ final: ExecValue?, _ receiver: ExecValue) throws -> ExecValue {
        let held: GoValue
        switch receiver {
        case .invalid:
            if missingKey == .error {
                throw fail("nil data; no entry for key \(GoQuote.quote(name))")
            }
            return .invalid
        case .boxed(let v), .concrete(let v):
            if v.isNil {
                throw fail("nil pointer evaluating \(receiver.typeName).\(name)")
            }
            held = v
        }
        if case .object(let o) = held, let m = o.method(name) {
            return try evalCall(dot, .function(m), node, name, args, final)
        }
        // A named map (`common.Values`) without such a method: Go looks the key up.
        let g: GoValue
        if case .object(let o) = held, let named = o as? GoNamedMap { g = .map(named.map) } else { g = held }
        let hasArgs = (args?.count ?? 0) > 1 || final != nil
        switch g {
        case .object(let o):
            if let f = o.field(name) {
                if hasArgs { throw fail("\(name) has arguments but cannot be invoked as function") }
                return f.isNil ? .boxed(.nil) : .concrete(f)
            }
        case .map(let m):
            if hasArgs { throw fail("\(name) is not a method but has arguments") }
            if let v = m.entries[name] {
                return ExecValue.element(v, of: m.valueType)
            }
            switch missingKey {
            case .invalid: return .invalid
            case .zero: return ExecValue.zero(m.valueType)
            case .error: throw fail("map has no entry for key \(GoQuote.quote(name))")
            }
        default:
            break
        }
        throw fail("can't evaluate field \(name) in type \(receiver.typeName)")
    }

    /// What a command names: one of Go's builtins or a registered function.
    private enum Callee {
        case builtin(Builtin)
        case function(GoFunction)

        /// The parameter types, read in place: mapping a function's parameters into a new
        /// array on every call was an allocation per call.
        struct Signature {
            var builtin: (fixed: [ParamType], variadic: ParamType?)?
            var function: GoFunction?

            var fixedCount: Int { builtin?.fixed.count ?? function!.parameters.count }
            func fixed(_ k: Int) -> ParamType { builtin?.fixed[k] ?? .go(function!.parameters[k]) }
            var variadic: ParamType? {
                if let builtin { return builtin.variadic }
                return function!.variadic.map { .go($0) }
            }
        }

        var signature: Signature {
            switch self {
            case .builtin(let b): return Signature(builtin: b.signature, function: nil)
            case .function(let f): return Signature(builtin: nil, function: f)
            }
        }
    }

    private func evalCall(_ dot: ExecValue, _ callee: Callee, _ node: any TemplateNode, _ name: String,
                          _ allArgs: [Operand]?, _ final: ExecValue?) throws -> ExecValue {
        let args = allArgs.map { $0.dropFirst() } ?? []
        let sig = callee.signature
        let variadicType = sig.variadic
        let fixedCount = sig.fixedCount
        let numIn = args.count + (final == nil ? 0 : 1)
        var numFixed = args.count
        if variadicType != nil {
            numFixed = fixedCount
            if numIn < numFixed {
                throw fail("wrong number of args for \(name): want at least \(fixedCount) got \(args.count)")
            }
        } else if numIn != fixedCount {
            throw fail("wrong number of args for \(name): want \(fixedCount) got \(numIn)")
        }

        if case .builtin(let b) = callee, b == .and || b == .or {
            var v = ExecValue.invalid
            for arg in args {
                v = try evalArg(dot, .reflectValue, arg)
                if v.isTrue == (b == .or) { return v }
            }
            if let final { v = final }
            return v
        }

        var argv: [ExecValue] = []
        argv.reserveCapacity(numIn)
        var i = args.startIndex
        var k = 0
        while k < numFixed && i < args.endIndex {
            argv.append(try evalArg(dot, sig.fixed(k), args[i]))
            i += 1
            k += 1
        }
        if let variadic = variadicType {
            while i < args.endIndex {
                argv.append(try evalArg(dot, variadic, args[i]))
                i += 1
            }
        }
        if let final {
            var t: ParamType
            if let variadic = variadicType {
                t = numIn - 1 < numFixed ? sig.fixed(numIn - 1) : variadic
            } else {
                t = sig.fixed(fixedCount - 1)
            }
            argv.append(try validateType(final, t))
        }

        switch callee {
        case .builtin(let b):
            do {
                var calleeName = ""
                if b == .call, let first = args.first { first.write(into: &calleeName) }
                return try b.invoke(argv, calleeName: calleeName)
            } catch {
                at(node)
                throw fail("error calling \(name): \(error.message)", underlying: error)
            }
        case .function(let f):
            let result: GoValue
            do {
                result = try Executor.call(f, argv, function: name)
            } catch let e as GoCallError {
                at(node)
                throw fail("error calling \(name): \(e.message)", underlying: e)
            } catch {
                at(node)
                throw fail("error calling \(name): \(error)", underlying: error)
            }
            return ExecValue.result(result, type: f.result)
        }
    }

    private func validateType(_ value: ExecValue, _ typ: ParamType?) throws -> ExecValue {
        guard let typ else { return value }
        switch value {
        case .invalid:
            if typ.canBeNil { return typ.zero }
            throw fail("invalid value; expected \(typ)")
        default:
            break
        }
        guard case .go(let t) = typ else { return value }
        // A Go string that is not UTF-8 reaches a plain `string` parameter as text (ExecValue+ByteString).
        if Executor.assignable(value, to: t) { return value.byteStringAsText(for: t) }
        if case .boxed(let g) = value, !g.isNil {
            let c = ExecValue.concrete(g)
            if Executor.assignable(c, to: t) { return c.byteStringAsText(for: t) }
            throw fail("wrong type for value; expected \(t); got \(c.typeName)")
        }
        throw fail("wrong type for value; expected \(t); got \(value.typeName)")
    }

    /// Go's AssignableTo for the types templates meet.
    private static func assignable(_ v: ExecValue, to t: GoType) -> Bool {
        if t == .interface { return true }
        guard case .concrete(let g) = v, let vt = g.type else { return false }
        if vt == t { return true }
        switch (vt, t) {
        case (.named(_, let k), .named):
            _ = k
            return false
        case (.named(_, let k), _):
            return k == t.kind && t.kind != .struct
        case (_, .named(_, let k)):
            return k == vt.kind && k != .struct
        default:
            return false
        }
    }

    private func evalArg(_ dot: ExecValue, _ typ: ParamType?, _ op: Operand) throws -> ExecValue {
        at(op.node)
        switch op {
        case .dot:
            return try validateType(dot, typ)
        case .nilLiteral:
            guard let typ else { return .invalid }
            if typ.canBeNil { return typ.zero }
            throw fail("cannot assign nil to \(typ)")
        case .field(let f):
            return try validateType(try evalFieldNode(dot, f, [op], nil), typ)
        case .variable(let v):
            return try validateType(try evalVariableNode(dot, v, nil, nil), typ)
        case .pipe(let p):
            return try validateType(try evalPipeline(dot, p), typ)
        case .identifier(let id):
            return try validateType(try evalFunction(dot, id, id, nil, nil), typ)
        case .chain(let c):
            return try validateType(try evalChainNode(dot, c, nil, nil), typ)
        case .bool, .number, .string:
            break
        }
        guard let typ else { return try evalEmptyInterface(dot, op) }
        guard case .go(let t) = typ else { return try evalEmptyInterface(dot, op) }
        let kind = t.kind
        switch kind {
        case .bool:
            if case .bool(let b) = op { return .concrete(.bool(b.value)) }
            throw fail("expected bool; found \(op.node.description)")
        case .float32, .float64:
            if case .number(let n) = op, n.isFloat {
                return .concrete(kind == .float32 ? .float32(Float(n.float64)) : .float64(n.float64))
            }
            throw fail("expected float; found \(op.node.description)")
        case .int, .int8, .int16, .int32, .int64:
            if case .number(let n) = op, n.isInt {
                switch t {
                case .int: return .concrete(.int(Int(n.int64)))
                case .int64: return .concrete(.int64(n.int64))
                case .int8: return .concrete(.integer(Int64(Int8(truncatingIfNeeded: n.int64)), t))
                case .int16: return .concrete(.integer(Int64(Int16(truncatingIfNeeded: n.int64)), t))
                case .int32: return .concrete(.integer(Int64(Int32(truncatingIfNeeded: n.int64)), t))
                default: return .concrete(.integer(n.int64, t))
                }
            }
            throw fail("expected integer; found \(op.node.description)")
        case .interface:
            return try evalEmptyInterface(dot, op)
        case .string:
            if case .string(let s) = op { return .concrete(.string(s.text)) }
            throw fail("expected string; found \(op.node.description)")
        case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr:
            if case .number(let n) = op, n.isUint {
                if t == .uint64 && n.uint64 > UInt64(Int64.max) { return .concrete(.uint64(n.uint64)) }
                return .concrete(.integer(Int64(bitPattern: n.uint64), t))
            }
            throw fail("expected unsigned integer; found \(op.node.description)")
        default:
            throw fail("can't handle \(op.node.description) for arg of type \(t)")
        }
    }

    private func evalEmptyInterface(_ dot: ExecValue, _ op: Operand) throws -> ExecValue {
        at(op.node)
        switch op {
        case .bool(let b): return .concrete(.bool(b.value))
        case .dot: return dot
        case .field(let f): return try evalFieldNode(dot, f, nil, nil)
        case .identifier(let id): return try evalFunction(dot, id, id, nil, nil)
        case .nilLiteral: throw fail("evalEmptyInterface: nil (can't happen)")
        case .number(let n): return try idealConstant(n)
        case .string(let s): return .concrete(.string(s.text))
        case .variable(let v): return try evalVariableNode(dot, v, nil, nil)
        case .pipe(let p): return try evalPipeline(dot, p)
        case .chain: throw fail("can't handle assignment of \(op.node.description) to empty interface argument")
        }
    }
}
