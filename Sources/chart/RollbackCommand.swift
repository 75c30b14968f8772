import ArgumentParser
import Releases

/// `chart rollback NAME [REVISION]`: a new revision copying an earlier one.
struct RollbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rollback", abstract: "Roll back a release to a previous revision.")

    @Argument(help: "NAME") var name: String
    @Argument(help: "REVISION (none or 0: the previous one)") var revision: String?
    @OptionGroup var release: ReleaseFlags
    @Option(name: .customLong("history-max"), help: "Limit the maximum number of revisions saved per release. Use 0 for no limit.")
    var historyMax = 10
    @Flag(name: .customLong("dry-run"), help: "Simulate a rollback.")
    var dryRun = false

    func run() throws {
        try ReleaseCLI.run {
            var action = RollbackAction(name: name, version: try revision.map(ReleaseCLI.revision) ?? 0)
            action.namespace = release.namespace
            action.dryRun = dryRun
            let result = try action.run(release.context(maxHistory: historyMax))
            ReleaseCLI.log(result.log)
            ReleaseCLI.write("Rollback was a success! Happy Helming!\n")
        }
    }
}
