import Foundation

extension ChartLinter {
    /// What `helm lint` prints for a set of charts: stdout, the log lines for stderr, and the
    /// summary that is an error (`Error: ...`, exit 1) when a chart failed.
    public struct Report: Sendable {
        public var stdout = ""
        public var stderr = ""
        public var summary = ""
        public var failed = 0
    }

    /// Lints every path in turn (plus subcharts with `withSubcharts`) and lays the results out as Helm does.
    public func report(paths: [String], withSubcharts: Bool = false, quiet: Bool = false) -> Report {
        var targets = paths.isEmpty ? ["."] : paths
        if withSubcharts {
            for path in targets { targets += Self.subchartPaths(under: path) }
        }
        var report = Report()
        var noisy = 0
        for path in targets {
            let result = lint(path: path)
            report.stderr += result.log
            let serious = !result.errors.isEmpty || result.messages.contains { $0.severity > .info }
            if serious { noisy += 1 }
            if quiet && !serious { continue }
            report.stdout += "==> Linting \(path)\n"
            if result.messages.isEmpty {
                for error in result.errors { report.stdout += "Error \(error)\n" }
            }
            for message in result.messages where !quiet || message.severity > .info { report.stdout += "\(message)\n" }
            if result.failed { report.failed += 1 }
            report.stdout += "\n"
        }
        report.summary = "\(targets.count) chart(s) linted, \(report.failed) chart(s) failed"
        if report.failed == 0 && (!quiet || noisy > 0) { report.stdout += report.summary + "\n" }
        return report
    }

    /// What `--with-subcharts` adds: every folder holding a Chart.yaml and every archive below
    /// `charts/`, in the order of Go's `filepath.Walk`, which does not follow symbolic links
    /// (a linked subchart folder is not linted on its own).
    static func subchartPaths(under path: String) -> [String] {
        var found: [String] = []
        func walk(_ full: String) {
            let name = full.split(separator: "/").last.map(String.init) ?? full
            if name == "Chart.yaml" {
                found.append(String(full.dropLast("/Chart.yaml".count)))
            } else if full.hasSuffix(".tgz") || full.hasSuffix(".tar.gz") {
                found.append(full)
            }
            let type = (try? FileManager.default.attributesOfItem(atPath: full))?[.type] as? FileAttributeType
            guard type == .typeDirectory else { return }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []).sorted()
            for child in names { walk(full + "/" + child) }
        }
        // filepath.Join cleans the path: `./a/../b` walks as `b/charts`.
        let root = ChartPackager.goJoin(path, "charts")
        guard FileManager.default.fileExists(atPath: root) else { return [] }
        walk(root)
        return found
    }
}
