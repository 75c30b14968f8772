import ArgumentParser
import Foundation
import Releases

/// `chart install [NAME] CHART`: records revision 1 of a release.
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "install", abstract: "Install a chart.")

    @Argument(help: "[NAME] CHART") var arguments: [String] = []
    @OptionGroup var release: ReleaseFlags
    @OptionGroup var values: ValuesFlags
    @OptionGroup var output: OutputFlag
    @Flag(name: [.customShort("g"), .customLong("generate-name")], help: "Generate the name (and omit the NAME parameter).")
    var generateName = false
    @Option(name: .customLong("name-template"), help: "Specify template used to name the release.")
    var nameTemplate: String?
    @Flag(name: .customLong("create-namespace"), help: "Create the release namespace if not present.")
    var createNamespace = false
    @Option(name: .customLong("description"), help: "Add a custom description.")
    var description = ""
    @Flag(name: .customLong("dry-run"), help: "Simulate an install (client side); nothing is stored.")
    var dryRun = false
    @Flag(name: .customLong("no-hooks"), help: "Prevent hooks from running during install.")
    var noHooks = false
    @Flag(name: .customLong("replace"), help: "Re-use the given name if it is uninstalled or failed.")
    var replace = false
    @Flag(name: .customLong("skip-schema-validation"), help: "Disable JSON schema validation.")
    var skipSchemaValidation = false
    @Flag(name: .customLong("hide-notes"), help: "Do not show notes in the install output.")
    var hideNotes = false

    func run() throws {
        try ReleaseCLI.run(prefix: "INSTALLATION FAILED: ") {
            let (name, chartPath) = try nameAndChart()
            let format = try output.format()
            var action = InstallAction(name: name, chart: try ReleaseCLI.loadChart(chartPath))
            action.namespace = release.namespace
            action.userValues = try values.merged()
            action.description = description
            action.dryRun = dryRun
            action.replace = replace
            action.skipSchemaValidation = skipSchemaValidation
            let result = try action.run(release.context())
            ReleaseCLI.log(result.log)
            ReleaseCLI.write(try ReleaseOutput.status(result.release, format: format, options: .init(hideNotes: hideNotes)))
        }
    }

    /// Helm's `NameAndChart`.
    func nameAndChart() throws -> (String, String) {
        if arguments.isEmpty { throw ReleaseActionError("\"chart install\" requires at least 1 argument\n\nUsage:  chart install [NAME] [CHART] [flags]") }
        if arguments.count > 2 {
            throw ReleaseActionError("expected at most two arguments, unexpected arguments: \(arguments.dropFirst(2).joined(separator: ", "))")
        }
        if arguments.count == 2 {
            if generateName { throw ReleaseActionError("cannot set --generate-name and also specify a name") }
            if nameTemplate != nil { throw ReleaseActionError("cannot set --name-template and also specify a name") }
            return (arguments[0], arguments[1])
        }
        if let nameTemplate { return (try NameTemplate.render(nameTemplate), arguments[0]) }
        guard generateName else { throw ReleaseActionError("must either provide a name or specify --generate-name") }
        var base = (arguments[0] as NSString).lastPathComponent
        if base == "." || base.isEmpty { base = "chart" }
        if let dot = base.firstIndex(of: ".") { base = String(base[..<dot]) }
        return ("\(base)-\(ReleaseTime.now().seconds)", arguments[0])
    }
}
