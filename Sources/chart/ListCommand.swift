import ArgumentParser
import Releases

/// `chart list`: the latest revision of each release.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List releases.", aliases: ["ls"])

    @OptionGroup var release: ReleaseFlags
    @OptionGroup var output: OutputFlag
    @Flag(name: [.customShort("A"), .customLong("all-namespaces")], help: "List releases across all namespaces.")
    var allNamespaces = false
    @Flag(name: [.customShort("a"), .customLong("all")], help: "Show all releases without any filter applied.")
    var all = false
    @Flag(name: .customLong("deployed"), help: "Show deployed releases.") var deployed = false
    @Flag(name: .customLong("failed"), help: "Show failed releases.") var failed = false
    @Flag(name: .customLong("pending"), help: "Show pending releases.") var pending = false
    @Flag(name: .customLong("superseded"), help: "Show superseded releases.") var superseded = false
    @Flag(name: .customLong("uninstalled"), help: "Show uninstalled releases (if 'helm uninstall --keep-history' was used).")
    var uninstalled = false
    @Flag(name: .customLong("uninstalling"), help: "Show releases that are currently being uninstalled.") var uninstalling = false
    @Option(name: [.customShort("f"), .customLong("filter")], help: "A regular expression; only matching release names are listed.")
    var filter: String?
    @Flag(name: [.customShort("q"), .customLong("short")], help: "Output short (quiet) listing format.") var short = false
    @Option(name: [.customShort("m"), .customLong("max")], help: "Maximum number of releases to fetch.") var max = 256
    @Option(name: .customLong("offset"), help: "Next release index in the list, used to offset from start value.") var offset = 0
    @Flag(name: [.customShort("r"), .customLong("reverse")], help: "Reverse the sort order.") var reverse = false
    @Flag(name: [.customShort("d"), .customLong("date")], help: "Sort by release date.") var date = false
    @Flag(name: .customLong("no-headers"), help: "Don't print headers when using the default output format.") var noHeaders = false

    func run() throws {
        try ReleaseCLI.run {
            let format = try output.format()
            var action = ListAction()
            action.namespace = allNamespaces ? nil : release.namespace
            action.all = all
            var states: Set<ReleaseStatus> = []
            if deployed { states.insert(.deployed) }
            if failed { states.insert(.failed) }
            if pending { states.formUnion([.pendingInstall, .pendingUpgrade, .pendingRollback]) }
            if superseded { states.insert(.superseded) }
            if uninstalled { states.insert(.uninstalled) }
            if uninstalling { states.insert(.uninstalling) }
            action.states = states
            action.filter = filter
            action.limit = max
            action.offset = offset
            action.reverse = reverse
            action.sortByDate = date
            let releases = try action.run(release.context())
            ReleaseCLI.write(try ReleaseOutput.list(releases, format: format, noHeaders: noHeaders, short: short))
        }
    }
}
