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
    var values: CoreJSONValue
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
