import ArgumentParser
import ChartKit
import Foundation

/// `chart pull NAME --repo URL`: download a chart archive from a repository.
struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pull", abstract: "Download a chart from a repository.", aliases: ["fetch"])

    @Argument(help: "Chart name.") var names: [String] = []
    @Option(name: .customLong("repo"), help: "Chart repository URL where to locate the requested chart.") var repo: String?
    @Option(name: .customLong("version"), help: "A version constraint for the chart version to use.") var version = ""
    @Flag(name: .customLong("untar"), help: "Unpack the chart after downloading it.") var untar = false
    @Option(name: .customLong("untardir"), help: "Folder into which the chart is expanded with --untar.") var untarDir = "."
    @Option(name: [.customShort("d"), .customLong("destination")], help: "Folder to write the chart to.") var destination = "."

    func run() throws {
        guard !names.isEmpty else {
            throw CommandFailure("\"chart pull\" requires at least 1 argument\n\nUsage:  chart pull [chart URL | repo/chartname] [...] [flags]")
        }
        guard let repo else { throw CommandFailure("only `chart pull NAME --repo URL` is supported") }
        for name in names {
            var puller = ChartPuller(repoURL: repo)
            puller.version = version
            puller.untar = untar
            puller.untarDirectory = untarDir
            puller.destination = destination
            try puller.pull(name)
        }
    }
}
