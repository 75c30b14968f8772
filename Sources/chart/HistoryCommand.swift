import ArgumentParser
import Releases

/// `chart history NAME`: the revisions of a release.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Fetch release history.")

    @Argument(help: "RELEASE_NAME") var name: String
    @OptionGroup var release: ReleaseFlags
    @OptionGroup var output: OutputFlag
    @Option(name: .customLong("max"), help: "Maximum number of revisions to include in history.")
    var max = 256

    func run() throws {
        try ReleaseCLI.run {
            let format = try output.format()
            var action = HistoryAction(name: name)
            action.namespace = release.namespace
            action.max = max
            ReleaseCLI.write(try ReleaseOutput.history(try action.run(release.context()), format: format))
        }
    }
}
