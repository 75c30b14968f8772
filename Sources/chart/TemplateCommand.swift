import ArgumentParser
import ChartKit
import Foundation
import GoValue

/// `chart template [NAME] CHART`: renders a chart locally, byte for byte as `helm template`.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Locally render templates."
    )

    @Argument(help: "[NAME] CHART") var arguments: [String] = []

    @OptionGroup var values: ValuesFlags
    @OptionGroup var installOnly: InstallOnlyFlags

    @Option(name: [.customShort("s"), .customLong("show-only")], help: "Only show manifests rendered from the given templates.")
    var showOnly: [String] = []
    @Option(name: .customLong("output-dir"), help: "Write the executed templates to files in this directory.")
    var outputDir: String?
    @Flag(name: .customLong("release-name"), help: "Use the release name in the output-dir path.")
    var useReleaseName = false
    @Option(name: .customLong("name-template"), help: "Template used to name the release.")
    var nameTemplate: String?
    @Flag(name: [.customShort("g"), .customLong("generate-name")], help: "Generate the name (ignored by template, as in Helm).")
    var generateName = false
    @Option(name: [.customShort("n"), .customLong("namespace")], help: "Namespace scope for this request.")
    var namespace = "default"
    @Option(name: .customLong("kube-version"), help: "Kubernetes version used for Capabilities.KubeVersion.")
    var kubeVersion: String?
    @Option(name: [.customShort("a"), .customLong("api-versions")], help: "Kubernetes api versions used for Capabilities.APIVersions.")
    var apiVersions: [String] = []
    @Flag(name: .customLong("include-crds"), help: "Include CRDs in the templated output.")
    var includeCRDs = false
    @Flag(name: .customLong("skip-tests"), help: "Skip tests from templated output.")
    var skipTests = false
    @Flag(name: .customLong("no-hooks"), help: "Prevent hooks from running during install.")
    var noHooks = false
    @Flag(name: .customLong("is-upgrade"), help: "Set .Release.IsUpgrade instead of .Release.IsInstall.")
    var isUpgrade = false
    @Flag(name: .customLong("skip-schema-validation"), help: "Disable JSON schema validation.")
    var skipSchemaValidation = false
    @Flag(name: .customLong("dry-run"), help: "Accepted for compatibility: template always renders client side.")
    var dryRun = false
    @Flag(name: .customLong("debug"), help: "Enable verbose output.")
    var debug = false
    @Flag(name: .customLong("dependency-update"), help: "Update dependencies if they are missing before rendering the chart.")
    var dependencyUpdate = false
    @Option(name: .customLong("post-renderer"), help: "The name of a postrenderer type plugin to be used for post rendering (or, as in Helm v3, a path to an executable).")
    var postRenderer: [String] = []
    @Option(name: .customLong("post-renderer-args"), help: "An argument to the post-renderer (can specify multiple).")
    var postRendererArgs: [String] = []

    func run() throws {
        let prefix = debug ? "level=DEBUG msg=\"Original chart version\" version=\"\"\n" : ""
        do {
            let output = try render()
            FileHandle.standardError.write(Data((prefix + output.stderr).utf8))
            FileHandle.standardOutput.write(Data(output.stdout.utf8))
        } catch let failure as TemplateAction.Failure {
            FileHandle.standardError.write(Data((prefix + failure.stderr).utf8))
            FileHandle.standardOutput.write(Data(failure.stdout.utf8))
            FileHandle.standardError.write(Data("Error: \(failure.message)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func render() throws(TemplateAction.Failure) -> TemplateAction.Output {
        func fail(_ message: String) -> TemplateAction.Failure { .init(message: message, stderr: "") }
        if let message = installOnly.validationError() { throw fail(message) }
        // Helm checks --post-renderer while parsing flags, before anything else.
        var renderer: PostRenderer?
        var pluginName = ""
        for value in postRenderer where !value.isEmpty {
            if !pluginName.isEmpty {
                throw fail("invalid argument \"\(value)\" for \"--post-renderer\" flag: cannot specify --post-renderer flag more than once")
            }
            pluginName = value
            do { renderer = try PostRenderer.resolve(value, args: postRendererArgs) } catch {
                throw fail("invalid argument \"\(value)\" for \"--post-renderer\" flag: \(error)")
            }
        }
        if arguments.isEmpty {
            throw fail("\"chart template\" requires at least 1 argument\n\nUsage:  chart template [NAME] [CHART] [flags]")
        }
        if arguments.count > 2 {
            throw fail("expected at most two arguments, unexpected arguments: \(arguments.dropFirst(2).joined(separator: ", "))")
        }
        var name = "release-name"
        let chartPath: String
        if arguments.count == 2 {
            if generateName { throw fail("cannot set --generate-name and also specify a name") }
            if nameTemplate != nil { throw fail("cannot set --name-template and also specify a name") }
            name = arguments[0]
            chartPath = arguments[1]
        } else {
            chartPath = arguments[0]
            if let nameTemplate {
                do { name = try NameTemplate.render(nameTemplate) } catch { throw fail("\(error)") }
            }
        }
        var action = TemplateAction(releaseName: name, chartPath: chartPath)
        if let kubeVersion {
            do { action.kubeVersion = try KubeVersion.parse(kubeVersion) } catch {
                throw fail("invalid kube version '\(kubeVersion)': \(error)")
            }
        }
        action.namespace = namespace
        action.extraAPIVersions = apiVersions.flatMap { $0.split(separator: ",").map(String.init) }
        action.includeCRDs = includeCRDs
        action.skipTests = skipTests
        action.noHooks = noHooks
        action.isUpgrade = isUpgrade
        action.skipSchemaValidation = skipSchemaValidation
        action.showOnly = showOnly
        action.outputDir = outputDir
        action.useReleaseName = useReleaseName
        action.debug = debug
        action.postRenderer = renderer
        action.dependencyUpdate = dependencyUpdate
        action.repository = installOnly.repository
        action.options.enableDNS = installOnly.enableDNS
        action.options.keepTemplatesUntilExit = true
        return try action.run(userValues: { try values.merged() })
    }
}
