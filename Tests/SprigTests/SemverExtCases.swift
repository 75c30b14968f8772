import Foundation
import Testing
import GoValue
@testable import Sprig

/// One oracle case from testdata/sprig/ext-cases.json: a call (plus optional method chain)
/// and what the reference Helm printed for it (`%T`, `%v`, `toJson`) or the error it raised.
struct ExtCase: CustomTestStringConvertible, Sendable {
    var family: String
    var expr: String
    var fn: String
    var args: [ExtArg]
    var chain: [(method: String, args: [ExtArg])]
    var type: String?
    var out: String?
    var json: String?
    var err: String?

    var testDescription: String { expr }

    /// All cases of one family, read once from the committed table.
    static func load(_ family: String) -> [ExtCase] {
        all.filter { $0.family == family }
    }

    static let all: [ExtCase] = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("testdata/sprig/ext-cases.json")
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cases = root["cases"] as? [[String: Any]] else { return [] }
        return cases.map { c in
            ExtCase(family: c["family"] as! String, expr: c["expr"] as! String, fn: c["fn"] as! String,
                    args: (c["args"] as! [Any]).map(ExtArg.init),
                    chain: ((c["chain"] as? [[String: Any]]) ?? []).map {
                        ($0["method"] as! String, (($0["args"] as? [Any]) ?? []).map(ExtArg.init))
                    },
                    type: c["type"] as? String, out: c["out"] as? String, json: c["json"] as? String,
                    err: c["err"] as? String)
        }
    }()
}

/// An argument as the template wrote it: a literal or a nested call.
indirect enum ExtArg: @unchecked Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case call(String, [ExtArg])

    init(_ any: Any) {
        if let s = any as? String { self = .string(s) }
        else if let n = any as? Int { self = .int(n) }
        else if let d = any as? [String: Any] { self = .call(d["call"] as! String, (d["args"] as! [Any]).map(ExtArg.init)) }
        else { fatalError("unsupported argument \(any)") }
    }
}

/// Runs cases against our function bodies, the way the template executor would call them.
struct ExtEvaluator {
    var functions: [String: GoFunction]

    init(environment: SprigEnvironment = .live) {
        functions = SprigLibrary.functions(environment: environment)
        // Helpers the cases use from other Sprig families, reduced to what the cases need.
        functions["int64"] = GoFunction([.interface], result: .int64) { args in
            if case .int(let i) = args[0] { return .int64(Int64(i)) }
            return args[0]
        }
    }

    /// The result of the case's expression, or the Go error it returns.
    func evaluate(_ c: ExtCase) throws -> GoValue {
        var value = try call(c.fn, c.args)
        for step in c.chain {
            guard case .object(let o) = value, let m = o.method(step.method) else {
                throw GoCallError("no method \(step.method)")
            }
            value = try m.body(try convert(step.args, to: m))
        }
        return value
    }

    func call(_ name: String, _ args: [ExtArg]) throws -> GoValue {
        guard let f = functions[name] else { throw GoCallError("function \"\(name)\" not defined") }
        return try f.body(try convert(args, to: f))
    }

    /// Untyped constants take the parameter's type, as Go's template executor does.
    func convert(_ args: [ExtArg], to f: GoFunction) throws -> [GoValue] {
        try args.enumerated().map { i, a in
            let param = i < f.parameters.count ? f.parameters[i] : (f.variadic ?? .interface)
            switch a {
            case .string(let s): return .string(s)
            case .bool(let b): return .bool(b)
            case .int(let n):
                switch param {
                case .int64: return .int64(Int64(n))
                case .float64: return .float64(Double(n))
                default: return .int(n)
                }
            case .call(let name, let inner): return try call(name, inner)
            }
        }
    }
}

/// `%v` for the result kinds these families return (the shared GoFmt is filled elsewhere).
func extFormat(_ v: GoValue) -> String {
    switch v {
    case .nil: return "<nil>"
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return s
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .integer(let i, _): return String(i)
    case .uint64(let u): return String(u)
    case .slice(let s): return "[" + s.elements.map(extFormat).joined(separator: " ") + "]"
    case .object(let o): return o.formatted(plus: false)
    default: return v.description
    }
}

/// `toJson` of a result, for the kinds these families return.
func extJSON(_ v: GoValue) -> String? {
    switch v {
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .integer(let i, _): return String(i)
    case .uint64(let u): return String(u)
    case .string(let s): return goJSONString(s)
    case .slice(let s): return extJSONStrings(s)
    case .object(let o): return marshaledJSON(o)
    default: return nil
    }
}

/// The type name `%T` prints.
func extTypeName(_ v: GoValue) -> String { v.type?.description ?? "<nil>" }
