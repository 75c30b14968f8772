import GoValue

extension Coalescer {
    /// Import-values run bottom-up, so a grandchild's exports reach the child before the child's reach the parent.
    static func processImportValuesRecursively(_ chart: inout Chart, warnings: inout [ValuesWarning]) throws {
        for index in chart.dependencies.indices {
            try processImportValuesRecursively(&chart.dependencies[index], warnings: &warnings)
        }
        try processImportValues(&chart, warnings: &warnings)
    }

    /// Helm's `processImportValues` (merge mode, as v4's `ProcessDependencies` runs it):
    /// the chart's defaults become its merged values with the imported tables underneath.
    static func processImportValues(_ chart: inout Chart, warnings: inout [ValuesWarning]) throws {
        if chart.metadata.dependencies.isEmpty { return }
        let cvals = try mergeValues(chart, GoMap(), warnings: &warnings)
        var imported = GoMap()
        for index in chart.metadata.dependencies.indices {
            let req = chart.metadata.dependencies[index]
            var normalized: [ImportValue] = []
            for entry in req.importValues {
                switch entry {
                case .mapping(let child, let parent):
                    normalized.append(.mapping(child: child, parent: parent))
                    guard let table = ValuesPath.table(cvals, req.name + "." + child) else {
                        warnings.append(ValuesWarning(.warn, "ImportValues missing table from chart",
                                                      [.init("chart", req.name), .init("error", ValuesPath.missingTableMessage(cvals, req.name + "." + child))]))
                        continue
                    }
                    imported = mergeTables(imported, pathToMap(parent, table), warnings: &warnings)
                case .exported(let name):
                    let child = "exports." + name
                    normalized.append(.mapping(child: child, parent: "."))
                    guard let table = ValuesPath.table(cvals, req.name + "." + child) else {
                        warnings.append(ValuesWarning(.warn, "ImportValues missing table",
                                                      [.init("error", ValuesPath.missingTableMessage(cvals, req.name + "." + child))]))
                        continue
                    }
                    imported = mergeTables(imported, table, warnings: &warnings)
                }
            }
            chart.metadata.dependencies[index].importValues = normalized
        }
        let copy = ValueMerge.deepCopy(cvals)
        chart.values = mergeTables(copy, imported, warnings: &warnings)
    }

    /// `a.b` and a table become `{a: {b: table}}`; `.` is the table itself.
    private static func pathToMap(_ path: String, _ data: GoMap) -> GoMap {
        if path == "." { return data }
        var current = data
        for part in path.split(separator: ".", omittingEmptySubsequences: false).reversed() {
            current = GoMap([String(part): .map(current)])
        }
        return current
    }
}
