import ChartKit
import GoTemplate
import GoValue
import Sprig

/// `--name-template`: a Go template with Sprig's functions and no data.
enum NameTemplate {
    static func render(_ text: String) throws -> String {
        let set = TemplateSet(functions: SprigLibrary.functions(), missingKey: .invalid)
        try set.parse(name: "name-template", text: text)
        return try set.execute(name: "name-template", data: .nil)
    }
}
