import ArgumentParser
import Foundation

@main
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "A Helm-compatible chart templating and release tool.",
        subcommands: [
            TemplateCommand.self, InstallCommand.self, UpgradeCommand.self, RollbackCommand.self, UninstallCommand.self,
            HistoryCommand.self, ListCommand.self, StatusCommand.self, GetCommand.self, DiffCommand.self,
            CreateCommand.self, PackageCommand.self, LintCommand.self, ShowCommand.self, DependencyCommand.self,
            RepoCommand.self, PullCommand.self,
        ]
    )

    /// Helm prints every failure as `Error: ...` on stderr and exits 1, flag errors included.
    static func main() {
        do {
            let arguments = try DryRunFlag.normalize(Array(CommandLine.arguments.dropFirst()))
            var command = try parseSubcommandOnly(arguments) ?? parseAsRoot(arguments)
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data("Error: \(helmWording(message(for: error)))\n".utf8))
            Foundation.exit(1)
        }
    }

    /// Parses a run of one subcommand with only that subcommand's tree. Building the whole
    /// tree resolves every command's names through protocol-conformance lookups, a sixth of
    /// the time `template` takes on a small chart. Help goes through the whole tree, so usage
    /// lines keep the `chart` prefix.
    static func parseSubcommandOnly(_ arguments: [String]) throws -> ParsableCommand? {
        guard let name = arguments.first,
              !arguments.contains(where: { $0 == "-h" || $0 == "--help" || $0 == "help" }) else { return nil }
        if name == "template", let command = TemplateCommand.fastParse(Array(arguments.dropFirst())) { return command }
        for sub in configuration.subcommands {
            let own = sub.configuration
            if own.commandName == name || own.aliases.contains(name) {
                return try sub.parseAsRoot(Array(arguments.dropFirst()))
            }
        }
        return nil
    }

    /// Rewords the argument parser's messages the way cobra (Helm's parser) words them.
    static func helmWording(_ message: String) -> String {
        if message.hasPrefix("Unknown option '"), let flag = message.split(separator: "'").dropFirst().first {
            if flag.hasPrefix("--") { return "unknown flag: \(flag)" }
            return "unknown shorthand flag: '\(flag.dropFirst())' in \(flag)"
        }
        if message.hasPrefix("Missing value for '"), let flag = message.split(separator: "'").dropFirst().first {
            let name = flag.split(separator: " ").first.map(String.init) ?? String(flag)
            return "flag needs an argument: \(name)"
        }
        return message
    }
}
