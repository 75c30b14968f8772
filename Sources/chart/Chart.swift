import ArgumentParser

@main
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "A Helm-compatible chart templating and release tool.",
        subcommands: []
    )
}
