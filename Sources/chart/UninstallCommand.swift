import ArgumentParser
import Releases

/// `chart uninstall NAME...`: marks releases uninstalled or deletes their history.
struct UninstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "uninstall", abstract: "Uninstall a release.")

    @Argument(help: "RELEASE_NAME...") var names: [String] = []
    @OptionGroup var release: ReleaseFlags
    @Flag(name: .customLong("keep-history"), help: "Remove all associated resources and mark the release as deleted, but retain the release history.")
    var keepHistory = false
    @Flag(name: .customLong("dry-run"), help: "Simulate an uninstall.")
    var dryRun = false
    @Option(name: .customLong("description"), help: "Add a custom description.")
    var description = ""

    func run() throws {
        try ReleaseCLI.run {
            if names.isEmpty { throw ReleaseActionError("\"chart uninstall\" requires at least 1 argument\n\nUsage:  chart uninstall RELEASE_NAME [...] [flags]") }
            let context = release.context()
            for name in names {
                var action = UninstallAction(name: name)
                action.namespace = release.namespace
                action.keepHistory = keepHistory
                action.dryRun = dryRun
                action.description = description
                let result = try action.run(context)
                ReleaseCLI.log(result.log)
                ReleaseCLI.write("release \"\(name)\" uninstalled\n")
            }
        }
    }
}
