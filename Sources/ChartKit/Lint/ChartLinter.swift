import Archive
import Foundation
import GoValue
import YAML

/// `helm lint`: Helm v4's rules over one chart folder or archive, findings in Helm's order
/// (Chart.yaml, values, templates, dependencies).
public struct ChartLinter {
    /// Warnings fail the chart too.
    public var strict = false
    /// The merged `-f`/`--set` values.
    public var values = GoMap()
    public var namespace = "default"
    /// The Kubernetes version deprecations are judged against (Helm v4.1.4 is built for 1.35).
    public var kubeVersion = (1, 35)
    /// `--kube-version`: also what `.Capabilities.KubeVersion` reports to the templates.
    public var capabilitiesKubeVersion: KubeVersion?
    public var skipSchemaValidation = false

    public init() {}

    /// Lints the chart at `path` (a folder, or a `.tgz` unpacked to a temporary folder first).
    public func lint(path: String) -> LintResult {
        var result = LintResult()
        var chartDir = path
        var cleanup: String?
        defer { if let cleanup { try? FileManager.default.removeItem(atPath: cleanup) } }
        if path.hasSuffix(".tgz") || path.hasSuffix(".tar.gz") {
            do {
                // Named as Go's MkdirTemp names Helm's (`helm-lint` and a random number).
                var temp = ""
                repeat {
                    temp = NSTemporaryDirectory() + "chart-lint\(UInt32.random(in: 0...UInt32.max))"
                } while FileManager.default.fileExists(atPath: temp)
                cleanup = temp
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw LintFailure("open \(path): no such file or directory")
                }
                let files = try ChartArchive.read(Array(data))
                // Helm expands the archive into a folder named after the chart (Chart.yaml's name).
                let head = files.first { $0.name == "Chart.yaml" }.map { String(decoding: $0.data, as: UTF8.self) }
                let name = head.flatMap { try? HelmYAML.decode($0) }?.mapValue?["name"]?.stringValue ?? ""
                if name.isEmpty { throw LintFailure("chart name not specified") }
                for file in files {
                    let target = temp + "/" + name + "/" + file.name
                    try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try Data(file.data).write(to: URL(fileURLWithPath: target))
                }
                chartDir = temp + "/" + name
            } catch {
                result.errors.append("unable to extract tarball: \(error)")
                result.failed = true
                return result
            }
        }
        // Helm stats filepath.Join(path, "Chart.yaml"): a cleaned path, and the system's reason.
        var info = stat()
        if stat(chartDir + "/Chart.yaml", &info) != 0 {
            let shown = ChartPackager.goJoin(chartDir, "Chart.yaml")
            let reason = String(cString: strerror(errno))
            result.errors.append("unable to check Chart.yaml file in chart: stat \(shown): \(reason.prefix(1).lowercased() + reason.dropFirst())")
            result.failed = true
            return result
        }
        var run = Run(dir: URL(fileURLWithPath: chartDir).standardizedFileURL.path, linter: self)
        run.chartfile()
        run.valuesFile()
        run.templates()
        run.dependencies()
        run.crds()
        result.messages = run.messages
        result.log = run.log
        let tolerance: LintSeverity = strict ? .warning : .error
        result.failed = run.messages.contains { $0.severity >= tolerance }
        return result
    }

    /// The state of one lint run: the chart folder and the findings so far.
    struct Run {
        var dir: String
        var linter: ChartLinter
        var messages: [LintMessage] = []
        var log = ""

        /// Records `problem` (if any) and returns whether the rule passed, as Helm's `RunLinterRule`.
        @discardableResult
        mutating func rule(_ severity: LintSeverity, _ path: String, _ problem: String?) -> Bool {
            guard let problem else { return true }
            messages.append(LintMessage(severity: severity, path: path, text: problem))
            return false
        }

        func read(_ name: String) -> [UInt8]? {
            FileManager.default.contents(atPath: dir + "/" + name).map { Array($0) }
        }
    }
}

/// A lint step that could not run at all.
struct LintFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
