import Foundation
import Testing
import GoValue
import GoTemplate
@testable import Sprig

/// Runs the Helm-made core table through the real template engine: the exact template Helm
/// rendered, so argument conversion, `wrong type` errors and printing are checked too.
@Suite struct CoreTemplateRunTests {
    static let name = "c/templates/t.yaml"

    static func render(_ c: CoreCaseTable.Case) throws -> String {
        let table = CoreCaseTable.shared
        let set = TemplateSet(functions: SprigLibrary.functions(environment: .live), missingKey: .zero)
        let text = table.template.replacingOccurrences(of: "EXPR", with: c.expr)
        try set.parse(name: name, text: text)
        return try set.execute(name: name, data: .dict(["Values": table.values.goValue]))
    }

    /// Helm v4 prints executor errors over three lines; Go's own text is one line.
    static func goErrorText(_ helm: String) -> String {
        if helm.hasPrefix("template: ") { return helm }
        let lines = helm.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count >= 3 else { return helm }
        let location = lines[1].hasSuffix(":") ? String(lines[1].dropLast()) : lines[1]
        return "template: \(lines[0]): \(location): \(lines[2...].joined(separator: " "))"
    }

    @Test(arguments: CoreCaseTable.shared.cases)
    func rendersLikeHelm(_ c: CoreCaseTable.Case) {
        do {
            let out = try Self.render(c)
            #expect(c.error == nil, "Helm failed: \(c.error ?? "")")
            #expect(out == (c.type ?? "") + "|" + (c.output ?? ""))
        } catch {
            #expect(c.error.map(Self.goErrorText) == "\(error)")
        }
    }
}
