import Foundation
import GoValue
import Sprig
import YAML

/// `helm template`: load, prepare values, render, sort and print, with Helm's checks
/// in Helm's order. The command line only parses flags into this.
public struct TemplateAction {
    /// `NAME`, or `release-name` when omitted.
    public var releaseName: String
    /// `CHART`: a folder or a `.tgz`.
    public var chartPath: String
    /// `--namespace`.
    public var namespace = "default"
    /// `--kube-version`, parsed.
    public var kubeVersion: KubeVersion?
    /// `--api-versions`, added to the defaults.
    public var extraAPIVersions: [String] = []
    /// `--is-upgrade`.
    public var isUpgrade = false
    /// `--include-crds`.
    public var includeCRDs = false
    /// `--skip-tests`.
    public var skipTests = false
    /// `--no-hooks`.
    public var noHooks = false
    /// `--skip-schema-validation`.
    public var skipSchemaValidation = false
    /// `--show-only` patterns, in flag order.
    public var showOnly: [String] = []
    /// `--output-dir`.
    public var outputDir: String?
    /// `--release-name`: write under `output-dir/NAME`.
    public var useReleaseName = false
    /// `--dependency-update`: fetch dependencies missing from `charts/` before rendering.
    public var dependencyUpdate = false
    /// `--post-renderer` with its `--post-renderer-args`, already resolved.
    public var postRenderer: PostRenderer?
    /// Strict and lint modes (not `helm template` flags; for lint).
    public var options = RenderOptions()
    /// The values pipeline; Helm's unless a test replaces it.
    public var values: ValuesSeam = .helm
    /// `--debug`: DEBUG log lines, and on a render failure the rendered files before the error.
    public var debug = false
    /// `--repo` (and `--version`): the chart argument names a chart in this repository.
    public var repository: (url: String, version: String)?
    /// The template engine factory.
    public var makeRunner: TemplateRunnerFactory

    public init(releaseName: String, chartPath: String,
                makeRunner: @escaping TemplateRunnerFactory = ChartRenderer.templateSet) {
        self.releaseName = releaseName
        self.chartPath = chartPath
        self.makeRunner = makeRunner
    }

    /// What a run printed.
    public struct Output: Sendable {
        public var stdout = ""
        /// Log lines (`level=... msg=...`), each ending in a newline.
        public var stderr = ""
    }

    /// A failed run: the message after `Error: `, and the log lines printed before it.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var stderr: String
        /// What `--debug` prints on stdout before the error (the rendered files).
        public var stdout = ""
        public var description: String { message }
        public init(message: String, stderr: String = "", stdout: String = "") {
            self.message = message
            self.stderr = stderr
            self.stdout = stdout
        }
    }

    /// Runs the action with user values already merged.
    public func run(userValues: GoMap) throws(Failure) -> Output {
        try run(userValues: { userValues })
    }

    /// Runs the action; `userValues` merges the `-f`/`--set` values, called once the chart path is known
    /// (Helm's order: locate the chart, merge values, load the chart).
    public func run(userValues: () throws -> GoMap) throws(Failure) -> Output {
        var log = ""
        do {
            return try runUnchecked(userValues: userValues, log: &log)
        } catch let f as Failure {
            throw Failure(message: f.message, stderr: log + f.stderr, stdout: f.stdout)
        } catch {
            throw Failure(message: "\(error)", stderr: log)
        }
    }

    private func runUnchecked(userValues makeUserValues: () throws -> GoMap, log: inout String) throws -> Output {
        // Helm locates the chart (a URL is downloaded, a bad reference refused) before reading values.
        var located: Chart?
        if !FileManager.default.fileExists(atPath: chartPath) {
            var referenceLog: [String] = []
            do {
                if let repository {
                    let download = try RepositoryClient().download(chartPath, version: repository.version,
                                                                   repoURL: repository.url)
                    if !repository.version.isEmpty && download.entry.version != repository.version {
                        log += "level=WARN msg=\"unable to find exact version requested; falling back to closest available version\" chart=\(ChartLoader.logValue(chartPath)) requested=\(ChartLoader.logValue(repository.version)) selected=\(ChartLoader.logValue(download.entry.version))\n"
                    }
                    located = try ChartLoader.load(archiveBytes: download.bytes, named: chartPath, log: &referenceLog)
                } else {
                    located = try ChartLoader.load(reference: chartPath, log: &referenceLog)
                }
            } catch {
                throw Failure(message: "\(error)")
            }
        }
        if debug {
            let absolute = URL(fileURLWithPath: chartPath).standardizedFileURL.path
            log += "level=DEBUG msg=\"Chart path\" path=\(ChartLoader.logValue(absolute))\n"
        }
        let userValues = try makeUserValues()
        var loadLog: [String] = []
        var chart: Chart
        do { chart = try located ?? ChartLoader.load(path: chartPath, log: &loadLog) } catch {
            for line in loadLog { log += line + "\n" }
            throw error
        }
        for line in loadLog { log += line + "\n" }
        if chart.metadata.type != "" && chart.metadata.type != "application" {
            throw Failure(message: "\(chart.metadata.type) charts are not installable", stderr: "")
        }
        if chart.metadata.deprecated { log += "level=WARN msg=\"this chart is deprecated\"\n" }
        var missing = chart.metadata.dependencies.map(\.name).filter { name in
            !chart.dependencies.contains { $0.name == name }
        }
        var updateLog = ""
        if !missing.isEmpty && dependencyUpdate {
            // Helm updates the chart's folder in place, prints the downloader's lines on stdout,
            // then loads the chart again.
            updateLog = try DependencyManager(chartPath: chartPath).update()
            var reloadLog: [String] = []
            chart = try ChartLoader.load(path: chartPath, log: &reloadLog)
            missing = []
        }
        if !missing.isEmpty {
            throw Failure(message: "an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: \(missing.joined(separator: ", "))", stderr: "")
        }
        do { try ReleaseOptions.validateName(releaseName) } catch {
            log += "level=ERROR msg=\"release name check failed\" error=\(goQuote(error.message))\n"
            throw Failure(message: "release name check failed: \(error.message)", stderr: "")
        }
        let prepared: ValuesSeam.Prepared
        do {
            prepared = try values.prepare(&chart, userValues, skipSchemaValidation)
        } catch ValuesError.dependencyProcessing(let detail) {
            log += "level=ERROR msg=\"chart dependencies processing failed\" error=\(goQuote(detail))\n"
            throw Failure(message: ValuesError.dependencyProcessing(detail: detail).description)
        } catch let error as ValuesError {
            if debug, case .schema = error {
                var warnings: [ValuesWarning] = []
                if let values = try? Coalescer.coalesceValues(chart, userValues, warnings: &warnings) {
                    log += TemplateAction.schemaDebugLines(chart, values)
                }
            }
            throw error
        }
        if debug && !skipSchemaValidation { log += TemplateAction.schemaDebugLines(chart, prepared.values) }
        for w in prepared.warnings { log += w + "\n" }
        let coalesced = prepared.values
        let capabilities = Capabilities.helmTemplateDefaults(kubeVersion: kubeVersion, extraAPIVersions: extraAPIVersions)
        let release = ReleaseOptions(name: releaseName, namespace: namespace, isUpgrade: isUpgrade)
        let top = ChartRenderer.renderValues(chart: chart, values: coalesced, release: release, capabilities: capabilities)

        // From here on Helm has a release object, so failures get the --debug hint.
        let rendered: RenderedRelease
        var partial = ""
        do {
            rendered = try render(chart: chart, top: top, capabilities: capabilities, log: &log, partial: &partial)
        } catch {
            if debug { throw Failure(message: "\(error)", stdout: partial.trimmingGoSpace() + "\n") }
            throw Failure(message: "\(error)\n\nUse --debug flag to render out invalid YAML", stderr: "")
        }
        var output = try print(rendered, log: log)
        output.stdout = updateLog + output.stdout
        return output
    }

    /// The manifest and hooks of one render (Helm's `renderResources`).
    struct RenderedRelease {
        var manifest = ""
        var hooks: [Hook] = []
        var writer: OutputWriter?
    }

    /// The DEBUG lines Helm's schema check logs while walking the chart and its subcharts.
    static func schemaDebugLines(_ chart: Chart, _ values: GoMap) -> String {
        var out = ""
        if let schema = chart.schema {
            out += "level=DEBUG msg=\"chart name\" chart-name=\(ChartLoader.logValue(chart.name))\n"
            out += "level=DEBUG msg=\"unmarshalled JSON schema\" schema=\(ChartLoader.logValue(String(decoding: schema, as: UTF8.self)))\n"
        }
        out += "level=DEBUG msg=\"number of dependencies in the chart\" chart=\(ChartLoader.logValue(chart.name)) dependencies=\(chart.dependencies.count)\n"
        for sub in chart.dependencies {
            guard case .map(let m)? = values[sub.name] else { continue }
            out += schemaDebugLines(sub, m)
        }
        return out
    }

    private func render(chart: Chart, top: GoMap, capabilities: Capabilities, log: inout String,
                        partial: inout String) throws -> RenderedRelease {
        if !chart.metadata.kubeVersion.isEmpty {
            let check = SprigLibrary.functions()["semverCompare"]
            let ok = (try? check?.body([.string(chart.metadata.kubeVersion), .string(capabilities.kubeVersion.normalizedVersion)]))
            if case .bool(false)? = ok {
                throw ManifestError("chart requires kubeVersion: \(chart.metadata.kubeVersion) which is incompatible with Kubernetes \(capabilities.kubeVersion.version)")
            }
        }
        var files = try ChartRenderer(options: options, makeRunner: makeRunner).render(chart: chart, topValues: top)
        for key in files.keys where key.hasSuffix("NOTES.txt") { files[key] = nil }
        if let postRenderer {
            do { files = try postRenderer.run(files: files, debug: debug, log: &log) } catch { throw ManifestError(error.description) }
        }
        let sorted: ManifestSorter.Result
        do { sorted = try ManifestSorter.sort(files) } catch {
            // Helm keeps the rendered files so --debug can show what failed to parse.
            for name in files.keys.sorted(by: goStringLess) where !files[name]!.trimmingGoSpace().isEmpty {
                partial += "---\n# Source: \(name)\n\(files[name]!)\n"
            }
            throw error
        }
        for w in sorted.warnings { log += w + "\n" }
        var out = RenderedRelease(hooks: sorted.hooks)
        let writer = outputDir.map { OutputWriter(directory: useReleaseName ? goCleanPath($0 + "/" + releaseName) : $0) }
        out.writer = writer
        if includeCRDs {
            for crd in chart.crdObjects() {
                if let writer {
                    try writer.write(name: crd.path, data: crd.file.text, base: outputDir)
                } else {
                    out.manifest += "---\n# Source: \(crd.path)\n\(crd.file.text)\n"
                }
            }
        }
        for m in sorted.manifests {
            if let writer {
                try writer.write(name: m.path, data: m.content)
            } else {
                out.manifest += "---\n# Source: \(m.path)\n\(m.content)\n"
            }
        }
        if let postRenderer {
            do { out.manifest = try postRenderer.runV3(manifest: out.manifest) } catch { throw ManifestError(error.description) }
        }
        return out
    }

    /// The `helm template` command's printing: manifest, hooks, then `--show-only` filtering.
    private func print(_ rendered: RenderedRelease, log: String) throws -> Output {
        var manifests = rendered.manifest.trimmingGoSpace() + "\n"
        if !noHooks {
            for hook in rendered.hooks where !(skipTests && hook.isTest) {
                if let writer = rendered.writer {
                    try writer.write(name: hook.path, data: hook.manifest, appendIfExists: true)
                } else {
                    manifests += "---\n# Source: \(hook.path)\n\(hook.manifest)\n"
                }
            }
        }
        var output = Output(stdout: rendered.writer?.log ?? "", stderr: log)
        guard !showOnly.isEmpty else {
            output.stdout += manifests
            return output
        }
        let documents = HelmYAML.splitManifests(manifests)
        var selected: [String] = []
        for pattern in showOnly {
            var found = false
            for document in documents {
                guard let path = ShowOnly.sourcePath(of: document) else { continue }
                guard (try? GoPathPattern(pattern).matches(path)) == true else { continue }
                selected.append(document)
                found = true
            }
            if !found { throw Failure(message: "could not find template \(pattern) in chart", stderr: "") }
        }
        for document in selected { output.stdout += "---\n\(document)\n" }
        return output
    }
}
