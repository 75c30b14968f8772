import ArgumentParser
import Foundation
import Releases

/// `chart diff upgrade|rollback|revision`: per-resource unified diffs; exit 0 when
/// nothing changes, 2 when something does (1 stays for errors).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "Show what an upgrade or rollback would change.",
        subcommands: [Upgrade.self, Rollback.self, Revision.self])

    struct Common: ParsableArguments {
        @OptionGroup var release: ReleaseFlags
        @Option(name: .customLong("context"), help: "Unchanged lines shown around each change.") var context = 3
        @Flag(name: .customLong("no-color"), help: "Never colour the output.") var noColor = false

        func report(_ target: DiffAction.Target, name: String) throws {
            var action = DiffAction(name: name)
            action.namespace = release.namespace
            action.context = context
            let diff = try action.run(target, release.context())
            ReleaseCLI.write(diff.text(color: !noColor && isatty(STDOUT_FILENO) == 1))
            if diff.hasChanges { throw ExitCode(2) }
        }
    }

    struct Upgrade: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Diff the deployed release against an upgrade.")
        @Argument(help: "NAME") var name: String
        @Argument(help: "CHART") var chartPath: String
        @OptionGroup var common: Common
        @OptionGroup var values: ValuesFlags
        @Flag(name: .customLong("reuse-values"), help: "Reuse the last release's values.") var reuseValues = false
        @Flag(name: .customLong("reset-values"), help: "Reset the values to the chart's.") var resetValues = false

        func run() throws {
            try ReleaseCLI.run {
                let policy: UpgradeAction.ValuesPolicy = resetValues ? .reset : reuseValues ? .reuse : .default
                try common.report(.upgrade(chart: try ReleaseCLI.loadChart(chartPath), userValues: try values.merged(), values: policy), name: name)
            }
        }
    }

    struct Rollback: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Diff the last revision against a rollback.")
        @Argument(help: "NAME") var name: String
        @Argument(help: "REVISION") var revision: String?
        @OptionGroup var common: Common

        func run() throws {
            try ReleaseCLI.run { try common.report(.rollback(revision: try revision.map(ReleaseCLI.revision) ?? 0), name: name) }
        }
    }

    struct Revision: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Diff two revisions of a release.")
        @Argument(help: "NAME") var name: String
        @Argument(help: "REVISION A") var from: String
        @Argument(help: "REVISION B") var to: String
        @OptionGroup var common: Common

        func run() throws {
            try ReleaseCLI.run { try common.report(.revisions(from: try ReleaseCLI.revision(from), to: try ReleaseCLI.revision(to)), name: name) }
        }
    }
}
