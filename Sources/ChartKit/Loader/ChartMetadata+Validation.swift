import Sprig

extension ChartMetadata {
    /// Helm's `Metadata.Validate`: sanitises text fields, then checks name, version,
    /// type and dependency aliases with Helm's messages.
    mutating func validate() throws(ChartLoadError) {
        name = name.sanitizedChartText()
        description = description.sanitizedChartText()
        home = home.sanitizedChartText()
        icon = icon.sanitizedChartText()
        condition = condition.sanitizedChartText()
        tags = tags.sanitizedChartText()
        appVersion = appVersion.sanitizedChartText()
        kubeVersion = kubeVersion.sanitizedChartText()
        sources = sources.map { $0.sanitizedChartText() }
        keywords = keywords.map { $0.sanitizedChartText() }

        if apiVersion.isEmpty { throw .validation("chart.metadata.apiVersion is required") }
        if name.isEmpty { throw .validation("chart.metadata.name is required") }
        if name == "." || name == ".." { throw .validation("chart.metadata.name \(goQuote(name)) is not allowed") }
        if name != goBaseName(name) || name.contains("/") {
            throw .validation("chart.metadata.name \(goQuote(name)) is invalid")
        }
        if version.isEmpty { throw .validation("chart.metadata.version is required") }
        if (try? SemanticVersion(parsing: version)) == nil { throw .validation("chart.metadata.version \(goQuote(version)) is invalid") }
        if !["", "application", "library"].contains(type) {
            throw .validation("chart.metadata.type must be application or library")
        }
        for i in maintainers.indices {
            maintainers[i].name = maintainers[i].name.sanitizedChartText()
            maintainers[i].email = maintainers[i].email.sanitizedChartText()
            maintainers[i].url = maintainers[i].url.sanitizedChartText()
        }
        var seen: Set<String> = []
        for i in dependencies.indices {
            dependencies[i].name = dependencies[i].name.sanitizedChartText()
            dependencies[i].version = dependencies[i].version.sanitizedChartText()
            dependencies[i].repository = dependencies[i].repository.sanitizedChartText()
            dependencies[i].condition = dependencies[i].condition.sanitizedChartText()
            dependencies[i].tags = dependencies[i].tags.map { $0.sanitizedChartText() }
            let d = dependencies[i]
            if !d.alias.isEmpty, !d.alias.unicodeScalars.allSatisfy(\.isAliasCharacter) {
                throw .validation("dependency \(goQuote(d.name)) has disallowed characters in the alias")
            }
            let key = d.alias.isEmpty ? d.name : d.alias
            if seen.contains(key) { throw .validation("more than one dependency with name or alias \(goQuote(key))") }
            seen.insert(key)
        }
    }
}
