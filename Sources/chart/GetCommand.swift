import ArgumentParser
import Releases

/// `chart get values|manifest|notes|hooks|metadata|all NAME`: one part of a stored revision.
struct GetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "get", abstract: "Download extended information of a named release.")

    @Argument(help: "values|manifest|notes|hooks|metadata|all") var what: String
    @Argument(help: "RELEASE_NAME") var name: String
    @OptionGroup var release: ReleaseFlags
    @OptionGroup var output: OutputFlag
    @Option(name: .customLong("revision"), help: "Get the named release with revision.") var revision = 0
    @Flag(name: [.customShort("a"), .customLong("all")], help: "Dump all (computed) values.") var allValues = false

    func run() throws {
        try ReleaseCLI.run {
            let format = try output.format()
            var action = StatusAction(name: name, version: revision)
            action.namespace = release.namespace
            let r = try action.run(release.context())
            switch what {
            case "values": ReleaseCLI.write(try ReleaseOutput.values(r, all: allValues, format: format))
            case "manifest": ReleaseCLI.write(ReleaseOutput.manifest(r))
            case "notes": ReleaseCLI.write(ReleaseOutput.notes(r))
            case "hooks": ReleaseCLI.write(ReleaseOutput.hooks(r))
            case "metadata": ReleaseCLI.write(try ReleaseOutput.metadata(r, format: format))
            case "all": ReleaseCLI.write(try ReleaseOutput.status(r, format: format, options: .init(debug: true, showMetadata: true)))
            default: throw ReleaseActionError("unknown command \"\(what)\" for \"chart get\"")
            }
        }
    }
}
