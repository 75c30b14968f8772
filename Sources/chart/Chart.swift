import ArgumentParser
import Foundation

@main
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "A Helm-compatible chart templating and release tool.",
        subcommands: [TemplateCommand.self]
    )

    /// Helm prints every failure as `Error: ...` on stderr and exits 1, flag errors included.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data("Error: \(message(for: error))\n".utf8))
            Foundation.exit(1)
        }
    }
}
