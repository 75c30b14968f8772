import Foundation
import Testing
import GoValue
@testable import Sprig

/// Runs every case of the Helm-made core table through Sprig's functions.
@Suite struct CoreCaseTests {
    /// The table's random cases are built to be deterministic (`randInt 5 6`, lengths).
    static let environment = SprigEnvironment.live

    /// What the case template prints: `%T`, a bar, then `{{ $r }}` (`<no value>` for nil).
    static func render(_ value: GoValue) -> (type: String, output: String) {
        (SprigCoreValues.typeName(value), value.isNil ? "<no value>" : GoFmt.formatValue(value))
    }

    static func run(_ c: CoreCaseTable.Case) -> Result<GoValue, CoreExpression.Failure> {
        let table = CoreCaseTable.shared
        let evaluator = CoreExpression(functions: SprigLibrary.functions(environment: environment),
                                       values: table.values.goValue)
        do { return .success(try evaluator.evaluate(c.expr)) } catch let f as CoreExpression.Failure {
            return .failure(f)
        } catch { return .failure(.syntax("\(error)")) }
    }

    /// Compares one case; nil when it matches Helm.
    static func mismatch(_ c: CoreCaseTable.Case) -> String? {
        let result = run(c)
        switch (result, c.error) {
        case (.success(let v), nil):
            let got = render(v)
            if got.type == c.type && got.output == c.output { return nil }
            return "got \(got.type)|\(got.output.debugDescription), Helm \(c.type ?? "")|\((c.output ?? "").debugDescription)"
        case (.success(let v), let e?):
            return "got \(render(v)), Helm failed: \(e)"
        case (.failure(let f), nil):
            return "failed \(f), Helm printed \(c.type ?? "")|\(c.output ?? "")"
        case (.failure(let f), _):
            guard let want = c.callError else { return nil }  // an executor-level error: any failure matches
            if case .call = f, f.description == "error calling " + want { return nil }
            return "failed \(f), Helm: error calling \(want)"
        }
    }

    @Test(arguments: CoreCaseTable.shared.cases)
    func matchesHelm(_ c: CoreCaseTable.Case) {
        if let problem = Self.mismatch(c) { Issue.record(Comment(rawValue: problem)) }
    }

    @Test func tableCoversEveryCoreFunction() {
        let cases = CoreCaseTable.shared.cases
        #expect(cases.count >= 400)
        let names = ["SprigStrings", "SprigLists", "SprigDicts", "SprigMath", "SprigConversion", "SprigDefaults", "SprigReflection"]
        let env = SprigEnvironment.live
        let families = [SprigStrings.functions(env), SprigLists.functions(env), SprigDicts.functions(env),
                        SprigMath.functions(env), SprigConversion.functions(env), SprigDefaults.functions(env),
                        SprigReflection.functions(env)]
        for (family, name) in zip(families, names) {
            for function in family.keys {
                let uses = cases.filter { $0.expr.split(whereSeparator: { " ()|".contains($0) }).contains(Substring(function)) }
                #expect(uses.count >= 2, "\(name).\(function) has \(uses.count) cases")
            }
        }
    }
}
