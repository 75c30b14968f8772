import Foundation
import Testing
import GoValue
@testable import Sprig

/// testdata/sprig/core-cases.json, written by scripts/gen-sprig-core-cases.py from the
/// reference Helm: each case is an expression with Helm's `%T|%v` of its result, or Helm's error.
struct CoreCaseTable: Decodable {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var expr: String
        var type: String?
        var output: String?
        var error: String?

        var testDescription: String { expr }

        /// The text after `error calling NAME: ` when the function itself failed in Helm.
        var callError: String? {
            guard let error, let r = error.range(of: "error calling ") else { return nil }
            return String(error[r.upperBound...])
        }
    }

    /// The case template, with `EXPR` where the expression goes.
    var template: String
    var values: JSONValue
    var cases: [Case]

    static let shared: CoreCaseTable = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("testdata/sprig/core-cases.json")
        do {
            return try JSONDecoder().decode(CoreCaseTable.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()
}

/// JSON as Helm's values see it: every number is a float64.
enum JSONValue: Decodable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    var goValue: GoValue {
        switch self {
        case .null: return .nil
        case .bool(let b): return .bool(b)
        case .number(let d): return .float64(d)
        case .string(let s): return .string(s)
        case .array(let a): return .list(a.map(\.goValue))
        case .object(let o): return .map(GoMap(o.mapValues(\.goValue)))
        }
    }
}
