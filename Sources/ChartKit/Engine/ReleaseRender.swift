import GoValue
import Sprig

/// Helm's `renderResources` for install, upgrade and diff: the same loader, values and
/// engine steps as `TemplateAction`, but the result is kept as data (manifest, hooks,
/// notes) so a release can be recorded from it.
public struct ReleaseRender {
    public var release: ReleaseOptions
    public var capabilities: Capabilities = .helmTemplateDefaults()
    public var skipSchemaValidation = false
    public var values: ValuesSeam = .helm
    public var makeRunner: TemplateRunnerFactory

    public init(release: ReleaseOptions, makeRunner: @escaping TemplateRunnerFactory = ChartRenderer.templateSet) {
        self.release = release
        self.makeRunner = makeRunner
    }

    /// One render's record.
    public struct Result: Sendable {
        /// `---\n# Source: <path>\n<content>\n` per manifest, in Helm's install order.
        public var manifest: String
        public var hooks: [Hook]
        /// The top chart's NOTES.txt, rendered; empty when it has none.
        public var notes: String
        /// The chart after conditions and tags were applied.
        public var chart: Chart
        /// Log lines (`level=... msg=...`) Helm would print on stderr.
        public var warnings: [String]
    }

    /// Why a render failed; `isRenderStage` tells whether Helm appends its `--debug` hint.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var isRenderStage: Bool
        public var log: [String]
        public var description: String { message }
    }

    /// Checks the chart is installable, prepares values and renders it for `release`.
    public func run(chart original: Chart, userValues: GoMap) throws(Failure) -> Result {
        var log: [String] = []
        func fail(_ message: String, render: Bool = false) -> Failure { Failure(message: message, isRenderStage: render, log: log) }
        var chart = original
        if chart.metadata.type != "" && chart.metadata.type != "application" {
            throw fail("\(chart.metadata.type) charts are not installable")
        }
        if chart.metadata.deprecated { log.append("level=WARN msg=\"this chart is deprecated\"") }
        let missing = chart.metadata.dependencies.map(\.name).filter { name in !chart.dependencies.contains { $0.name == name } }
        if !missing.isEmpty {
            throw fail("an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: \(missing.joined(separator: ", "))")
        }
        let prepared: ValuesSeam.Prepared
        do { prepared = try values.prepare(&chart, userValues, skipSchemaValidation) } catch { throw fail("\(error)") }
        log += prepared.warnings
        let top = ChartRenderer.renderValues(chart: chart, values: prepared.values, release: release, capabilities: capabilities)
        do {
            if !chart.metadata.kubeVersion.isEmpty {
                let check = SprigLibrary.functions()["semverCompare"]
                let ok = try? check?.body([.string(chart.metadata.kubeVersion), .string(capabilities.kubeVersion.normalizedVersion)])
                if case .bool(false)? = ok {
                    throw ManifestError("chart requires kubeVersion: \(chart.metadata.kubeVersion) which is incompatible with Kubernetes \(capabilities.kubeVersion.version)")
                }
            }
            var files = try ChartRenderer(makeRunner: makeRunner).render(chart: chart, topValues: top)
            var notes = ""
            let topNotes = chart.name + "/templates/NOTES.txt"
            for key in files.keys.sorted() where key.hasSuffix("NOTES.txt") {
                if key == topNotes { notes = files[key] ?? "" }
                files[key] = nil
            }
            let sorted = try ManifestSorter.sort(files)
            log += sorted.warnings
            var manifest = ""
            for m in sorted.manifests { manifest += "---\n# Source: \(m.path)\n\(m.content)\n" }
            return Result(manifest: manifest, hooks: sorted.hooks, notes: notes, chart: chart, warnings: log)
        } catch {
            throw fail("\(error)", render: true)
        }
    }
}
