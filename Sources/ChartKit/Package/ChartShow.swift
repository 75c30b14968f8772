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
            let crds = chart.crdObjects()
            if let first = crds.first, !first.file.data.starts(with: Array("---".utf8)) { out += "---\n" }
            for crd in crds { out += crd.file.text + "\n" }
        }
        return out
    }

    /// The first file named README.md, README.txt or README (any case) at the chart's root.
    static func readme(in chart: Chart) -> ChartFile? {
        for file in chart.files {
            if ["readme.md", "readme.txt", "readme"].contains(file.name.lowercased()) { return file }
        }
        return nil
    }
}
