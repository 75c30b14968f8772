extension ChartLinter.Run {
    /// Helm's `Dependencies` rules: the chart loads, and Chart.yaml and charts/ agree.
    mutating func dependencies() {
        let chart: Chart
        do { chart = try loadChart() } catch {
            rule(.error, "", "unable to load chart\n\t\(error.description)")
            return
        }
        let present = Set(chart.dependencies.map(\.name))
        let declared = Set(chart.metadata.dependencies.map(\.name))
        let unlisted = chart.dependencies.map(\.name).filter { !declared.contains($0) }
        rule(.error, dir, unlisted.isEmpty ? nil : "chart metadata is missing these dependencies: \(unlisted.joined(separator: ","))")
        var seen = Set<String>()
        var shadowing: [String] = []
        for dep in chart.metadata.dependencies {
            let key = dep.alias.isEmpty ? dep.name : dep.alias
            if !seen.insert(key).inserted { shadowing.append(key) }
        }
        rule(.error, dir, shadowing.isEmpty ? nil : "multiple dependencies with name or alias: \(shadowing.joined(separator: ","))")
        let missing = chart.metadata.dependencies.map(\.name).filter { !present.contains($0) }
        rule(.warning, dir, missing.isEmpty ? nil : "chart directory is missing these dependencies: \(missing.joined(separator: ","))")
    }
}
