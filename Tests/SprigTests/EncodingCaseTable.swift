import Foundation
import GoValue
@testable import Sprig

/// One row of testdata/sprig/misc-cases.json: a Sprig call with literal
/// arguments and what the reference Helm printed for it (or its error).
struct MiscCase: Sendable, CustomStringConvertible {
    var name: String
    var function: String
    var arguments: [MiscArgumentValue]
    var output: String?
    var error: String?

    var description: String { name }
}

/// A literal argument as the generator script wrote it.
indirect enum MiscArgumentValue: Sendable {
    case string(String)
    case int(Int)
    case list([MiscArgumentValue])
    case dict([String: MiscArgumentValue])
    case `nil`

    init(json: Any) {
        switch json {
        case let s as String: self = .string(s)
        case let n as NSNumber: self = .int(n.intValue)
        case let a as [Any]: self = .list(a.map(MiscArgumentValue.init(json:)))
        case let d as [String: Any]:
            let inner = d["dict"] as? [String: Any] ?? [:]
            self = .dict(inner.mapValues(MiscArgumentValue.init(json:)))
        default: self = .nil
        }
    }

    var goValue: GoValue {
        switch self {
        case .string(let s): return .string(s)
        case .int(let i): return .int(i)
        case .list(let a): return .list(a.map(\.goValue))
        case .dict(let d): return .dict(d.mapValues(\.goValue))
        case .nil: return .nil
        }
    }
}

/// Loads the oracle table once and runs its rows against our functions.
enum MiscCaseTable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    nonisolated(unsafe) static let document: [String: Any] = {
        let url = root.appendingPathComponent("testdata/sprig/misc-cases.json")
        let data = (try? Data(contentsOf: url)) ?? Data("{}".utf8)
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }()

    static let all: [MiscCase] = (document["cases"] as? [[String: Any]] ?? []).map { row in
        MiscCase(name: row["name"] as? String ?? "",
                 function: row["func"] as? String ?? "",
                 arguments: (row["args"] as? [Any] ?? []).map(MiscArgumentValue.init(json:)),
                 output: row["output"] as? String,
                 error: row["error"] as? String)
    }

    /// The rows that call one of `functions`.
    static func cases(_ functions: Set<String>) -> [MiscCase] {
        all.filter { functions.contains($0.function) }
    }

    static let functions = SprigLibrary.functions()

    /// Calls the row's function; returns what a template would print, or the error text.
    static func run(_ row: MiscCase) -> (output: String?, error: String?) {
        guard let function = functions[row.function] else { return (nil, "function \(row.function) not defined") }
        do {
            let result = try function.body(row.arguments.map(\.goValue))
            return (GoFmt.formatValue(result), nil)
        } catch let error as GoCallError {
            return (nil, error.message)
        } catch {
            return (nil, "\(error)")
        }
    }
}
