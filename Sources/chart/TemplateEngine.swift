import ChartKit
import GoTemplate
import GoValue

/// The template engine the command line renders with.
enum TemplateEngine {
    /// Until `GoTemplate.TemplateSet` is merged, every parse fails with a clear message.
    static let makeRunner: TemplateRunnerFactory = { _ in UnavailableRunner() }

    /// Renders `--name-template` (Go template with Sprig, no data).
    enum NameTemplateError: Error { case unavailable }
}

enum NameTemplate {
    static func render(_ text: String) throws -> String {
        let set = TemplateEngine.makeRunner(.invalid)
        try set.parse(name: "name-template", text: text, leftDelimiter: "{{", rightDelimiter: "}}")
        return try set.execute(name: "name-template", data: .nil)
    }
}

final class UnavailableRunner: TemplateRunner {
    struct Unavailable: Error, CustomStringConvertible { var description: String { "template engine not built yet" } }
    var functions: [String: GoFunction] = [:]
    func parse(name: String, text: String, leftDelimiter: String, rightDelimiter: String) throws { throw Unavailable() }
    func execute(name: String, data: GoValue) throws -> String { throw Unavailable() }
    func hasTemplate(_ name: String) -> Bool { false }
    func cloneRunner() -> TemplateRunner { UnavailableRunner() }
}
