import Foundation
import GoValue
import Sprig
import YAML

/// `helm template`: load, prepare values, render, sort and print, with Helm's checks
/// in Helm's order. The command line only parses flags into this.
public struct TemplateAction {
    public var releaseName: String
    public var chartPath: String
    public var namespace = "default"
    public var kubeVersion: KubeVersion?
    public var extraAPIVersions: [String] = []
    public var isUpgrade = false
    public var includeCRDs = false
    public var skipTests = false
    public var noHooks = false
    public var skipSchemaValidation = false
    public var showOnly: [String] = []
    public var outputDir: String?
    public var useReleaseName = false
    public var options = RenderOptions()
    public var values: ValuesSeam = .helm
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
        public var description: String { message }
        public init(message: String, stderr: String = "") { self.message = message; self.stderr = stderr }
    }

    /// Runs the action; `userValues` are the merged `-f`/`--set` values.
    public func run(userValues: GoMap) throws(Failure) -> Output {
        var log = ""
        do {
            return try runUnchecked(userValues: userValues, log: &log)
        } catch let f as Failure {
            throw Failure(message: f.message, stderr: log + f.stderr)
        } catch {
            throw Failure(message: "\(error)", stderr: log)
        }
    }

    private func runUnchecked(userValues: GoMap, log: inout String) throws -> Output {
        var loadLog: [String] = []
        var chart: Chart
        do { chart = try ChartLoader.load(path: chartPath, log: &loadLog) } catch {
            for line in loadLog { log += line + "\n" }
            throw error
        }
        for line in loadLog { log += line + "\n" }
        if chart.metadata.type != "" && chart.metadata.type != "application" {
            throw Failure(message: "\(chart.metadata.type) charts are not installable", stderr: "")
        }
        if chart.metadata.deprecated { log += "level=WARN msg=\"this chart is deprecated\"\n" }
        let missing = chart.metadata.dependencies.map(\.name).filter { name in
            !chart.dependencies.contains { $0.name == name }
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
        }
        for w in prepared.warnings { log += w + "\n" }
        let coalesced = prepared.values
        let capabilities = Capabilities.helmTemplateDefaults(kubeVersion: kubeVersion, extraAPIVersions: extraAPIVersions)
        let release = ReleaseOptions(name: releaseName, namespace: namespace, isUpgrade: isUpgrade)
        let top = ChartRenderer.renderValues(chart: chart, values: coalesced, release: release, capabilities: capabilities)

        // From here on Helm has a release object, so failures get the --debug hint.
        let rendered: RenderedRelease
        do {
            rendered = try render(chart: chart, top: top, capabilities: capabilities, log: &log)
        } catch {
            throw Failure(message: "\(error)\n\nUse --debug flag to render out invalid YAML", stderr: "")
        }
        return try print(rendered, log: log)
    }

    /// The manifest and hooks of one render (Helm's `renderResources`).
    struct RenderedRelease {
        var manifest = ""
        var hooks: [Hook] = []
        var writer: OutputWriter?
    }

    private func render(chart: Chart, top: GoMap, capabilities: Capabilities, log: inout String) throws -> RenderedRelease {
        if !chart.metadata.kubeVersion.isEmpty {
            let check = SprigLibrary.functions()["semverCompare"]
            let ok = (try? check?.body([.string(chart.metadata.kubeVersion), .string(capabilities.kubeVersion.normalizedVersion)]))
            if case .bool(false)? = ok {
                throw ManifestError("chart requires kubeVersion: \(chart.metadata.kubeVersion) which is incompatible with Kubernetes \(capabilities.kubeVersion.version)")
            }
        }
        var files = try ChartRenderer(options: options, makeRunner: makeRunner).render(chart: chart, topValues: top)
        for key in files.keys where key.hasSuffix("NOTES.txt") { files[key] = nil }
        let sorted = try ManifestSorter.sort(files)
        for w in sorted.warnings { log += w + "\n" }
        var out = RenderedRelease(hooks: sorted.hooks)
        let writer = outputDir.map { OutputWriter(directory: useReleaseName ? $0 + "/" + releaseName : $0) }
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

/// `--show-only`'s reading of `# Source: chart/<path>` lines.
enum ShowOnly {
    /// What follows the first `/` of the first `# Source: ` line (Helm's `# Source: [^/]+/(.+)`).
    static func sourcePath(of document: String) -> String? {
        var search = document[...]
        while let r = search.range(of: "# Source: ") {
            let rest = search[r.upperBound...]
            let line = rest.prefix { $0 != "\n" }
            if let slash = line.firstIndex(of: "/"), slash != line.startIndex {
                let path = line[line.index(after: slash)...]
                if !path.isEmpty { return String(path) }
            }
            search = search[r.upperBound...]
        }
        return nil
    }
}
