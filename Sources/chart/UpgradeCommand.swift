import ArgumentParser
import Releases

/// `chart upgrade NAME CHART`: records the next revision of a release.
struct UpgradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "upgrade", abstract: "Upgrade a release.")

    @Argument(help: "NAME") var name: String
    @Argument(help: "CHART") var chartPath: String
    @OptionGroup var release: ReleaseFlags
    @OptionGroup var values: ValuesFlags
    @OptionGroup var output: OutputFlag
    @Flag(name: [.customShort("i"), .customLong("install")], help: "If a release by this name doesn't already exist, run an install.")
    var install = false
    @Flag(name: .customLong("reuse-values"), help: "Reuse the last release's values and merge in any overrides.")
    var reuseValues = false
    @Flag(name: .customLong("reset-values"), help: "Reset the values to the ones built into the chart.")
    var resetValues = false
    @Flag(name: .customLong("reset-then-reuse-values"), help: "Reset to the chart's values, then merge the last release's values and any overrides.")
    var resetThenReuseValues = false
    @Option(name: .customLong("history-max"), help: "Limit the maximum number of revisions saved per release. Use 0 for no limit.")
    var historyMax = 10
    @Option(name: .customLong("description"), help: "Add a custom description.")
    var description = ""
    @Flag(name: .customLong("dry-run"), help: "Simulate an upgrade (client side); nothing is stored.")
    var dryRun = false
    @Flag(name: .customLong("skip-schema-validation"), help: "Disable JSON schema validation.")
    var skipSchemaValidation = false
    @Flag(name: .customLong("hide-notes"), help: "Do not show notes in the upgrade output.")
    var hideNotes = false

    func run() throws {
        try ReleaseCLI.run(prefix: "UPGRADE FAILED: ") {
            let format = try output.format()
            var action = UpgradeAction(name: name, chart: try ReleaseCLI.loadChart(chartPath))
            action.namespace = release.namespace
            action.userValues = try values.merged()
            action.install = install
            action.values = resetValues ? .reset : reuseValues ? .reuse : resetThenReuseValues ? .resetThenReuse : .default
            action.description = description
            action.dryRun = dryRun
            action.skipSchemaValidation = skipSchemaValidation
            let outcome = try action.run(release.context(maxHistory: historyMax))
            ReleaseCLI.log(outcome.result.log)
            if format == .table {
                ReleaseCLI.write(outcome.installed
                    ? "Release \"\(name)\" does not exist. Installing it now.\n"
                    : "Release \"\(name)\" has been upgraded. Happy Helming!\n")
            }
            ReleaseCLI.write(try ReleaseOutput.status(outcome.result.release, format: format, options: .init(hideNotes: hideNotes)))
        }
    }
}
