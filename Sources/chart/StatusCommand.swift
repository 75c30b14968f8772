import ArgumentParser
import Releases

/// `chart status NAME`: one revision's status block.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Display the status of the named release.")

    @Argument(help: "RELEASE_NAME") var name: String
    @OptionGroup var release: ReleaseFlags
    @OptionGroup var output: OutputFlag
    @Option(name: .customLong("revision"), help: "If set, display the status of the named release with revision.")
    var revision = 0
    @Flag(name: .customLong("show-desc"), help: "If set, display the description message of the named release.")
    var showDescription = false

    func run() throws {
        try ReleaseCLI.run {
            let format = try output.format()
            var action = StatusAction(name: name, version: revision)
            action.namespace = release.namespace
            let r = try action.run(release.context())
            // Helm v4 prints DESCRIPTION always; --show-desc is kept for scripts written for v3.
            ReleaseCLI.write(try ReleaseOutput.status(r, format: format))
        }
    }
}
