import GoValue

extension ChartMetadata {
    /// `.Chart` as Helm v4 passes it: a map keyed by the Go field names of
    /// `chart.Metadata`, every field present (Helm's `structToMap`).
    func goMap(isRoot: Bool) -> GoMap {
        let strings: ([String]) -> GoValue = { .list($0.map { .string($0) }) }
        let annotationMap = GoMap(annotations.mapValues { .string($0) }, valueType: .string, isNil: annotations.isEmpty)
        return GoMap([
            "Name": .string(name), "Home": .string(home), "Sources": strings(sources), "Version": .string(version),
            "Description": .string(description), "Keywords": strings(keywords),
            "Maintainers": .list(maintainers.map { m in
                .dict(["Name": .string(m.name), "Email": .string(m.email), "URL": .string(m.url)])
            }),
            "Icon": .string(icon), "APIVersion": .string(apiVersion), "Condition": .string(condition),
            "Tags": .string(tags), "AppVersion": .string(appVersion), "Deprecated": .bool(deprecated),
            "Annotations": .map(annotationMap), "KubeVersion": .string(kubeVersion),
            "Dependencies": .list(dependencies.map { $0.goValue }), "Type": .string(type),
            "IsRoot": .bool(isRoot),
        ])
    }
}

extension ChartDependency {
    var goValue: GoValue {
        .dict([
            "Name": .string(name), "Version": .string(version), "Repository": .string(repository),
            "Condition": .string(condition), "Tags": .list(tags.map { .string($0) }), "Enabled": .bool(enabled),
            "ImportValues": .list(importValues.map { iv in
                switch iv {
                case .exported(let s): return .string(s)
                case .mapping(let child, let parent): return .dict(["child": .string(child), "parent": .string(parent)])
                }
            }),
            "Alias": .string(alias),
        ])
    }
}
