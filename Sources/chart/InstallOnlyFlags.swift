import ArgumentParser
import Sprig

/// The flags `helm template` shares with `helm install`: a command line written for Helm runs
/// unchanged. Those that mean something without a cluster act (`--repo`, `--version`, `--devel`,
/// `--enable-dns`); the cluster's, the registry's and the release's own are accepted and, as in
/// `helm template`, change nothing in the rendered output.
struct InstallOnlyFlags: ParsableArguments {
    @Option(name: .customLong("repo"), help: "Chart repository URL where to locate the requested chart.")
    var repo: String?
    @Option(name: .customLong("version"), help: "A version constraint for the chart version to use (with --repo).")
    var version: String?
    @Flag(name: .customLong("devel"), help: "Use development versions too (>0.0.0-0); ignored when --version is set.")
    var devel = false
    @Flag(name: .customLong("enable-dns"), help: "Enable DNS lookups when rendering templates.")
    var enableDNS = false
    @Option(name: .customLong("timeout"), help: "Accepted for compatibility (a Go duration).")
    var timeout: String?
    @Option(name: [.customShort("l"), .customLong("labels")], help: "Accepted for compatibility: labels for release metadata.")
    var labels: [String] = []
    @Option(name: .customLong("description"), help: "Accepted for compatibility.")
    var releaseDescription: String?
    @Flag(name: .customLong("skip-crds"), help: "Accepted for compatibility: template leaves CRDs out unless --include-crds.")
    var skipCRDs = false
    @Flag(name: .customLong("create-namespace"), help: "Accepted for compatibility.")
    var createNamespace = false
    @Flag(name: .customLong("wait-for-jobs"), help: "Accepted for compatibility.")
    var waitForJobs = false
    @Flag(name: .customLong("hide-notes"), help: "Accepted for compatibility (template prints no notes).")
    var hideNotes = false
    @Flag(name: .customLong("render-subchart-notes"), help: "Accepted for compatibility (template prints no notes).")
    var renderSubchartNotes = false
    @Flag(name: .customLong("disable-openapi-validation"), help: "Accepted for compatibility.")
    var disableOpenAPIValidation = false
    @Flag(name: .customLong("replace"), help: "Accepted for compatibility.")
    var replace = false
    @Flag(name: .customLong("force-replace"), help: "Accepted for compatibility.")
    var forceReplace = false
    @Flag(name: .customLong("force-conflicts"), help: "Accepted for compatibility.")
    var forceConflicts = false
    @Flag(name: .customLong("take-ownership"), help: "Accepted for compatibility.")
    var takeOwnership = false
    @Flag(name: .customLong("rollback-on-failure"), help: "Accepted for compatibility.")
    var rollbackOnFailure = false

    /// Every flag at its default: the hand parser's command carries no install-only flag.
    static var defaults: InstallOnlyFlags {
        var flags = InstallOnlyFlags()
        flags.repo = nil
        flags.version = nil
        flags.devel = false
        flags.enableDNS = false
        flags.timeout = nil
        flags.labels = []
        flags.releaseDescription = nil
        flags.skipCRDs = false
        flags.createNamespace = false
        flags.waitForJobs = false
        flags.hideNotes = false
        flags.renderSubchartNotes = false
        flags.disableOpenAPIValidation = false
        flags.replace = false
        flags.forceReplace = false
        flags.forceConflicts = false
        flags.takeOwnership = false
        flags.rollbackOnFailure = false
        return flags
    }

    /// Helm's checks at flag parsing: a `--timeout` that is not a Go duration is refused.
    func validationError() -> String? {
        guard let timeout else { return nil }
        do { _ = try GoDuration.parse(timeout) } catch {
            return "invalid argument \"\(timeout)\" for \"--timeout\" flag: \(error)"
        }
        return nil
    }

    /// The repository request for `--repo`, with Helm's `--devel` rule for the constraint.
    var repository: (url: String, version: String)? {
        guard let repo, !repo.isEmpty else { return nil }
        let constraint = version ?? (devel ? ">0.0.0-0" : "")
        return (repo, constraint)
    }
}
