import ArgumentParser
import ChartKit
import Foundation

/// `chart lint [PATH...]`: Helm v4's chart checks with its messages and summary.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Examine a chart for possible issues.")

    @Argument(help: "Chart folders or archives.") var paths: [String] = []
    @Flag(name: .customLong("strict"), help: "Fail on lint warnings.") var strict = false
    @Flag(name: .customLong("with-subcharts"), help: "Lint dependent charts.") var withSubcharts = false
    @Flag(name: .customLong("quiet"), help: "Print only warnings and errors.") var quiet = false
    @Flag(name: .customLong("skip-schema-validation"), help: "Disable JSON schema validation.") var skipSchemaValidation = false
    @Option(name: [.customShort("n"), .customLong("namespace")], help: "Namespace scope for this request.") var namespace = "default"
    @Option(name: .customLong("kube-version"), help: "Kubernetes version used for capabilities and deprecation checks.")
    var kubeVersion: String?
    @OptionGroup var values: ValuesFlags

    func run() throws {
        // Helm v4 no longer lints `.` by default.
        if paths.isEmpty { throw CommandFailure("\"chart lint\" requires at least 1 argument\n\nUsage:  chart lint PATH [flags]") }
        var linter = ChartLinter()
        linter.strict = strict
        linter.namespace = namespace
        linter.skipSchemaValidation = skipSchemaValidation
        linter.values = try values.merged()
        // An empty --kube-version is no version at all, as Helm reads it.
        if let kubeVersion, !kubeVersion.isEmpty {
            let parsed: KubeVersion
            do { parsed = try KubeVersion.parse(kubeVersion) } catch {
                throw CommandFailure("invalid kube version '\(kubeVersion)': \(error)")
            }
            linter.capabilitiesKubeVersion = parsed
            linter.kubeVersion = (Int(parsed.major) ?? 1, Int(parsed.minor) ?? 35)
        }
        let report = linter.report(paths: paths, withSubcharts: withSubcharts, quiet: quiet)
        FileHandle.standardError.write(Data(report.stderr.utf8))
        FileHandle.standardOutput.write(Data(report.stdout.utf8))
        if report.failed > 0 { throw CommandFailure(report.summary) }
    }
}
