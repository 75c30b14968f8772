import GoValue
import Sprig

extension Coalescer {
    /// Helm's `ProcessDependencies`: decides which subcharts are enabled (tags, then
    /// conditions), gives aliased subcharts their alias as name, drops disabled ones,
    /// and applies import-values to every chart's defaults.
    public static func processDependencies(_ chart: inout Chart, values: GoMap, warnings: inout [ValuesWarning]) throws {
        try processEnabled(&chart, values: values, path: "", warnings: &warnings)
        try processImportValuesRecursively(&chart, warnings: &warnings)
    }

    private static func processEnabled(_ chart: inout Chart, values: GoMap, path: String,
                                       warnings: inout [ValuesWarning]) throws {
        // Helm skips charts whose Chart.yaml has no dependencies list at all.
        if chart.metadata.dependencies.isEmpty { return }
        let original = chart.dependencies
        var subcharts: [Chart] = original.filter { existing in
            !chart.metadata.dependencies.contains { req in
                existing.name == req.name && isCompatibleRange(req.version, existing.metadata.version)
            }
        }
        for index in chart.metadata.dependencies.indices {
            let req = chart.metadata.dependencies[index]
            if var aliased = original.first(where: {
                $0.name == req.name && isCompatibleRange(req.version, $0.metadata.version)
            }) {
                if !req.alias.isEmpty { aliased.metadata.name = req.alias }
                subcharts.append(aliased)
            }
            if !req.alias.isEmpty { chart.metadata.dependencies[index].name = req.alias }
        }
        chart.dependencies = subcharts
        for index in chart.metadata.dependencies.indices { chart.metadata.dependencies[index].enabled = true }

        let cvals = try coalesceValues(chart, values, warnings: &warnings)
        processTags(&chart.metadata.dependencies, cvals, warnings: &warnings)
        processConditions(&chart.metadata.dependencies, cvals, path: path, warnings: &warnings)

        let disabled = Set(chart.metadata.dependencies.filter { !$0.enabled }.map(\.name))
        var kept = chart.dependencies.filter { !disabled.contains($0.metadata.name) }
        let keptMetadata = chart.metadata.dependencies.filter { !disabled.contains($0.name) }
        for index in kept.indices {
            try processEnabled(&kept[index], values: cvals, path: path + kept[index].metadata.name + ".", warnings: &warnings)
        }
        chart.metadata.dependencies = keptMetadata
        chart.dependencies = kept
    }

    /// Tags: a dependency is disabled when one of its tags is false and none is true.
    private static func processTags(_ reqs: inout [ChartDependency], _ cvals: GoMap, warnings: inout [ValuesWarning]) {
        guard let tags = ValueMerge.table(cvals["tags"]) else { return }
        for index in reqs.indices {
            var hasTrue = false, hasFalse = false
            for tag in reqs[index].tags {
                guard let value = tags[tag] else { continue }
                if case .bool(let b) = value {
                    if b { hasTrue = true } else { hasFalse = true }
                } else {
                    warnings.append(ValuesWarning(.warn, "returned non-bool value", [.init("tag", tag), .init("chart", reqs[index].name)]))
                }
            }
            if !hasTrue && hasFalse {
                reqs[index].enabled = false
            } else {
                reqs[index].enabled = true
            }
        }
    }

    /// Conditions: the first comma-separated path holding a bool decides; they override tags.
    private static func processConditions(_ reqs: inout [ChartDependency], _ cvals: GoMap, path: String,
                                          warnings: inout [ValuesWarning]) {
        for index in reqs.indices {
            let condition = reqs[index].condition.trimmingGoSpace()
            for c in condition.split(separator: ",", omittingEmptySubsequences: false) where !c.isEmpty {
                let full = path + c
                if full.isEmpty { continue }
                guard let value = ValuesPath.value(cvals, full) else { continue }
                if case .bool(let b) = value {
                    reqs[index].enabled = b
                    break
                }
                warnings.append(ValuesWarning(.warn, "returned non-bool value", [.init("path", String(c)), .init("chart", reqs[index].name)]))
            }
        }
    }
}
