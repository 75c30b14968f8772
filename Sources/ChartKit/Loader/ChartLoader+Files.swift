import GoValue
import YAML

extension ChartLoader {
    /// Turns a chart's files (paths relative to its root) into a `Chart`, validating
    /// Chart.yaml and loading subcharts from `charts/`, as Helm's `LoadFiles`.
    ///
    /// `charts/*.tgz` subcharts are unpacked with the Archive target.
    public static func load(files: [ChartFile]) throws(ChartLoadError) -> Chart {
        var log: [String] = []
        return try load(files: files, log: &log)
    }

    /// `load(files:)`; `log` receives the lines Helm's `LoadFiles` logs (a v2 chart, or a subchart,
    /// still carrying requirements.yaml).
    public static func load(files: [ChartFile], log: inout [String]) throws(ChartLoadError) -> Chart {
        var metadata: ChartMetadata?
        for file in files where file.name == "Chart.yaml" {
            metadata = try ChartMetadata.decode(yaml: file.data, fileName: "Chart.yaml")
            if metadata?.apiVersion.isEmpty == true { metadata?.apiVersion = "v1" }
        }
        var chart = Chart(metadata: metadata ?? ChartMetadata(), raw: files)
        var subchartFiles: [String: [ChartFile]] = [:]
        for file in files {
            switch file.name {
            case "Chart.yaml":
                continue
            case "Chart.lock", "requirements.lock":
                chart.lock = try ChartLock.decode(yaml: file.data, fileName: file.name)
                if file.name == "requirements.lock", metadata?.apiVersion == "v1" { chart.files.append(file) }
            case "values.yaml":
                do { chart.values = try ValuesFile.load(file.data, fileName: "values.yaml") } catch {
                    throw .message("cannot load values.yaml: \(error)")
                }
            case "values.schema.json":
                chart.schema = file.data
            case "requirements.yaml":
                metadata = try ChartMetadata.decode(yaml: file.data, fileName: file.name,
                                                     into: metadata ?? ChartMetadata())
                if metadata?.apiVersion == "v1" {
                    chart.files.append(file)
                } else {
                    log.append("level=INFO msg=\"Warning: Dependencies are handled in Chart.yaml since apiVersion \\\"v2\\\". We recommend migrating dependencies to Chart.yaml.\"")
                }
            default:
                if file.name.hasPrefix("templates/") {
                    chart.templates.append(file)
                } else if file.name.hasPrefix("charts/") {
                    if file.name.hasSuffix(".prov") { chart.files.append(file); continue }
                    let rest = String(file.name.dropFirst("charts/".count))
                    let name = String(rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0])
                    subchartFiles[name, default: []].append(ChartFile(name: rest, data: file.data, modified: file.modified))
                } else {
                    chart.files.append(file)
                }
            }
        }
        guard let metadata else { throw .message("Chart.yaml file is missing") }
        chart.metadata = metadata
        try chart.metadata.validate()
        for name in subchartFiles.keys.sorted(by: goStringLess) {
            if name.hasPrefix("_") || name.hasPrefix(".") { continue }
            let files = subchartFiles[name]!
            do throws(ChartLoadError) {
                if name.hasSuffix(".tgz") {
                    guard files.count == 1, files[0].name == name else {
                        throw .message("error unpacking subchart tar in \(chart.name): expected \(name), got \(files[0].name)")
                    }
                    let unpacked: [ChartFile]
                    do { unpacked = try unpack(files[0].data) } catch { throw .message("\(error)") }
                    chart.dependencies.append(try load(files: unpacked, log: &log))
                } else {
                    var inner: [ChartFile] = []
                    for file in files {
                        let parts = file.name.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
                        guard parts.count == 2 else { continue }
                        inner.append(ChartFile(name: String(parts[1]), data: file.data, modified: file.modified))
                    }
                    chart.dependencies.append(try load(files: inner, log: &log))
                }
            } catch {
                throw error.wrapped("error unpacking subchart \(name) in \(chart.name): ")
            }
        }
        return chart
    }
}
