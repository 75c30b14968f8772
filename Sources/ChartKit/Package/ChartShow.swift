import Foundation

/// `helm show`: what a chart is, printed the way Helm prints it.
public enum ChartShow: String, Sendable, CaseIterable {
    case chart, values, readme, crds, all

    /// The text `helm show <self> CHART` prints for a loaded chart.
    public func text(for chart: Chart) throws -> String {
        var out = ""
        if self == .chart || self == .all {
            out += try chart.metadata.yamlText() + "\n"
        }
        if self == .values || self == .all, let values = chart.raw.first(where: { $0.name == "values.yaml" }) {
            if self == .all { out += "---\n" }
            out += values.text + "\n"
        }
        if self == .readme || self == .all, let readme = Self.readme(in: chart) {
            if self == .all { out += "---\n" }
            out += readme.text + "\n"
        }
        if self == .crds || self == .all {
            // Each CRD file is its own document: a separator goes before every file that lacks one.
            for crd in chart.crdObjects() {
                if !crd.file.data.starts(with: Array("---".utf8)) { out += "---\n" }
                out += crd.file.text + "\n"
            }
        }
        return out
    }

    /// Finds and loads CHART as `helm show` does: an existing folder or archive through Helm's v2
    /// loader (no apiVersion dispatch: `apiVersion: v3` shows), anything else refused in the words
    /// of Helm's chart lookup. `log` receives the loader's lines (symbolic links followed).
    public static func load(_ name: String, log: inout [String]) throws -> Chart {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory) else {
            if name.hasPrefix("/") || name.hasPrefix(".") { throw ChartLoadError.message("path \(goQuote(name)) not found") }
            // Not a path: Helm reads it as repo/chart and finds no such repository.
            let parts = name.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count < 2 {
                throw ChartLoadError.message("non-absolute URLs should be in form of repo_name/path_to_chart, got: \(name)")
            }
            throw ChartLoadError.message("repo \(parts[0]) not found")
        }
        let absolute = URL(fileURLWithPath: name).standardizedFileURL.path
        if isDirectory.boolValue { return try ChartLoader.load(files: ChartLoader.readDirectory(absolute, log: &log), log: &log) }
        return try ChartLoader.load(archive: absolute, dispatchOnAPIVersion: false, log: &log)
    }

    /// The first file named README.md, README.txt or README (any case) at the chart's root.
    static func readme(in chart: Chart) -> ChartFile? {
        for file in chart.files {
            if ["readme.md", "readme.txt", "readme"].contains(file.name.lowercased()) { return file }
        }
        return nil
    }
}
