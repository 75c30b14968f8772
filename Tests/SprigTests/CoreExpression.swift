import Foundation
import GoValue
@testable import Sprig

/// A small evaluator for the one-pipeline expressions of the core case table
/// (`first (list 1 2) | add 3`), so Sprig's functions can be checked against Helm's
/// outputs before the real template engine is available.
///
/// It follows text/template where the table needs it: untyped number constants take the
/// parameter's type (`int` by default, `float64` when written with `.`/`e`), a missing
/// map key is nil, a pipe passes the value as the last argument. Argument mismatches
/// that Go's executor reports (`wrong type for value`) raise `CoreExpression.Failure.executor`.
struct CoreExpression {
    enum Failure: Error, CustomStringConvertible {
        /// A check Go's executor performs before the call (type, count, nil).
        case executor(String)
        /// The function's own error: `error calling NAME: MESSAGE`.
        case call(String, String)
        case syntax(String)

        var description: String {
            switch self {
            case .executor(let m): return "executor: \(m)"
            case .call(let n, let m): return "error calling \(n): \(m)"
            case .syntax(let m): return "syntax: \(m)"
            }
        }
    }

    indirect enum Operand {
        case number(String)
        case string(String)
        case bool(Bool)
        case nilValue
        case field([String])
        case paren([[Operand]], [String])
        case identifier(String)
    }

    /// An evaluated argument: a typed value, an untyped number constant, or a missing value.
    enum Argument {
        case value(GoValue)
        case number(String)
        case missing
    }

    let functions: [String: GoFunction]
    let values: GoValue

    func evaluate(_ text: String) throws -> GoValue {
        var parser = Parser(Array(text.unicodeScalars))
        let pipeline = try parser.pipeline()
        if parser.i < parser.s.count { throw Failure.syntax("trailing text in \(text)") }
        return try resolve(run(pipeline))
    }

    private func resolve(_ a: Argument) throws -> GoValue {
        switch a {
        case .value(let v): return v
        case .missing: return .nil
        case .number(let t): return try convert(.number(t), to: .interface)
        }
    }

    private func run(_ pipeline: [[Operand]]) throws -> Argument {
        var previous: Argument?
        for command in pipeline { previous = try run(command, previous) }
        return previous ?? .missing
    }

    private func run(_ command: [Operand], _ previous: Argument?) throws -> Argument {
        guard let head = command.first else { throw Failure.syntax("empty command") }
        if case .identifier(let name) = head {
            var args = try command.dropFirst().map(operand)
            if let previous { args.append(previous) }
            return try call(name, args)
        }
        if command.count > 1 || previous != nil { throw Failure.syntax("can't give argument to non-function") }
        return try operand(head)
    }

    private func operand(_ op: Operand) throws -> Argument {
        switch op {
        case .number(let t): return .number(t)
        case .string(let s): return .value(.string(s))
        case .bool(let b): return .value(.bool(b))
        case .nilValue: return .value(.nil)
        case .identifier(let name): return try call(name, [])
        case .field(let path): return lookup(.value(.dict(["Values": values])), path[...])
        case .paren(let p, let chain): return lookup(try run(p), chain[...])
        }
    }

    private func lookup(_ start: Argument, _ path: ArraySlice<String>) -> Argument {
        var current = start
        for key in path {
            guard case .value(.map(let m)) = current, let v = m[key] else { return .missing }
            current = .value(v)
        }
        return current
    }

    private func call(_ name: String, _ args: [Argument]) throws -> Argument {
        switch name {
        case "len":
            let v = try resolve(args.first ?? .missing)
            switch v {
            case .string(let s): return .value(.int(s.utf8.count))
            case .slice(let s): return .value(.int(s.count))
            case .map(let m): return .value(.int(m.count))
            default: throw Failure.call("len", "len of type \(SprigCoreValues.typeName(v))")
            }
        case "eq":
            let a = try args.map(resolve)
            return .value(.bool(a.count == 2 && SprigCoreValues.deepEqual(a[0], a[1])))
        default:
            break
        }
        guard let fn = functions[name] else { throw Failure.syntax("function \"\(name)\" not defined") }
        let fixed = fn.parameters.count
        if args.count < fixed || fn.variadic == nil && args.count != fixed {
            throw Failure.executor("wrong number of args for \(name): want \(fixed) got \(args.count)")
        }
        var converted: [GoValue] = []
        for (n, arg) in args.enumerated() {
            converted.append(try convert(arg, to: n < fixed ? fn.parameters[n] : fn.variadic!))
        }
        do {
            return .value(try fn.body(converted))
        } catch let e as GoCallError {
            throw Failure.call(name, e.message)
        }
    }

    /// Go's assignment of an argument to a parameter of type `type`.
    private func convert(_ arg: Argument, to type: GoType) throws -> GoValue {
        switch arg {
        case .missing:
            if type == .interface { return .nil }
            throw Failure.executor("invalid value; expected \(type)")
        case .number(let text):
            let isFloatText = !text.lowercased().hasPrefix("0x") && !text.lowercased().hasPrefix("-0x")
                && text.contains(where: { ".eEpP".contains($0) })
            let cleaned = text.replacingOccurrences(of: "_", with: "")
            let intValue = SprigCast.parseInt(cleaned, base: 0)
            let asInt: Int64? = intValue.error == nil ? intValue.value : Double(cleaned).flatMap { d in
                d.rounded() == d && abs(d) < 9.2e18 ? Int64(d) : nil
            }
            switch type {
            case .interface:
                if isFloatText { return .float64(Double(cleaned) ?? 0) }
                guard let i = asInt else { throw Failure.executor("bad number \(text)") }
                return .int(Int(i))
            case .int:
                guard let i = asInt else { throw Failure.executor("expected integer; found \(text)") }
                return .int(Int(i))
            case .int64:
                guard let i = asInt else { throw Failure.executor("expected integer; found \(text)") }
                return .int64(i)
            case .float64:
                return .float64(Double(cleaned) ?? Double(asInt ?? 0))
            default:
                throw Failure.executor("wrong type for value; expected \(type); got number")
            }
        case .value(let v):
            if type == .interface { return v }
            if v.isNil {
                if case .map = type { return .map(GoMap([:], isNil: true)) }
                throw Failure.executor("cannot assign nil to \(type)")
            }
            if v.type == type { return v }
            // A byte-reading `string` parameter (`trunc`, `b64enc`) takes any Go string, as the executor does.
            if type == .byteString && v.kind == .string { return v }
            throw Failure.executor("wrong type for value; expected \(type); got \(SprigCoreValues.typeName(v))")
        }
    }

    /// Recursive-descent parser for pipelines, commands and operands.
    struct Parser {
        let s: [Unicode.Scalar]
        var i = 0

        init(_ s: [Unicode.Scalar]) { self.s = s }

        mutating func skipSpace() { while i < s.count, s[i] == " " { i += 1 } }

        mutating func pipeline() throws -> [[Operand]] {
            var commands: [[Operand]] = [try command()]
            skipSpace()
            while i < s.count, s[i] == "|" {
                i += 1
                commands.append(try command())
                skipSpace()
            }
            return commands
        }

        mutating func command() throws -> [Operand] {
            var ops: [Operand] = []
            while true {
                skipSpace()
                guard i < s.count, s[i] != "|", s[i] != ")" else { break }
                ops.append(try operand())
            }
            return ops
        }

        mutating func operand() throws -> Operand {
            let c = s[i]
            if c == "(" {
                i += 1
                let p = try pipeline()
                guard i < s.count, s[i] == ")" else { throw Failure.syntax("missing )") }
                i += 1
                return .paren(p, fields())
            }
            if c == "." { return .field(fields()) }
            if c == "\"" { return .string(try quoted()) }
            if c == "`" {
                i += 1
                var out = String.UnicodeScalarView()
                while i < s.count, s[i] != "`" { out.append(s[i]); i += 1 }
                i += 1
                return .string(String(out))
            }
            var word = String.UnicodeScalarView()
            while i < s.count, s[i] != " ", s[i] != ")", s[i] != "|", s[i] != "(" { word.append(s[i]); i += 1 }
            let w = String(word)
            switch w {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "nil": return .nilValue
            default:
                if let f = w.unicodeScalars.first, f == "-" || f == "+" || ("0"..."9").contains(f) { return .number(w) }
                return .identifier(w)
            }
        }

        /// `.a.b` → ["a", "b"].
        mutating func fields() -> [String] {
            var out: [String] = []
            while i < s.count, s[i] == "." {
                i += 1
                var name = String.UnicodeScalarView()
                while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "_" {
                    name.append(s[i]); i += 1
                }
                out.append(String(name))
            }
            return out
        }

        mutating func quoted() throws -> String {
            i += 1
            var out = String.UnicodeScalarView()
            while i < s.count, s[i] != "\"" {
                if s[i] == "\\", i + 1 < s.count {
                    i += 1
                    switch s[i] {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "\\": out.append("\\")
                    case "\"": out.append("\"")
                    case "u", "U":
                        let width = s[i] == "u" ? 4 : 8
                        let hex = String(String.UnicodeScalarView(s[(i + 1)..<min(i + 1 + width, s.count)]))
                        guard let v = UInt32(hex, radix: 16), let c = Unicode.Scalar(v) else { throw Failure.syntax("bad escape") }
                        out.append(c)
                        i += width
                    default: out.append("\\"); out.append(s[i])
                    }
                } else {
                    out.append(s[i])
                }
                i += 1
            }
            guard i < s.count else { throw Failure.syntax("unterminated string") }
            i += 1
            return String(out)
        }
    }
}
