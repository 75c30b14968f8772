import GoValue
import YAML

extension ChartMetadata {
    /// Chart.yaml as Helm writes it: the metadata struct through sigs.k8s.io/yaml, so keys
    /// come out sorted and every `omitempty` field that is empty is left out.
    public func yamlText() throws -> String {
        try HelmYAML.marshal(.map(goMap(dropDependencies: apiVersion == "v1")))
    }

    /// The metadata as the JSON round trip sees it (json tags, omitempty).
    func goMap(dropDependencies: Bool = false) -> GoMap {
        let m = GoMap()
        m.entries["name"] = .string(name)
        m.entries["version"] = .string(version)
        m.entries["apiVersion"] = .string(apiVersion)
        func put(_ key: String, _ value: String) { if !value.isEmpty { m.entries[key] = .string(value) } }
        func put(_ key: String, _ value: [String]) { if !value.isEmpty { m.entries[key] = .slice(GoSlice(value.map { .string($0) })) } }
        put("home", home)
        put("sources", sources)
        put("description", description)
        put("keywords", keywords)
        put("icon", icon)
        put("condition", condition)
        put("tags", tags)
        put("appVersion", appVersion)
        put("kubeVersion", kubeVersion)
        put("type", type)
        if deprecated { m.entries["deprecated"] = .bool(true) }
        if !annotations.isEmpty { m.entries["annotations"] = .map(GoMap(annotations.mapValues { .string($0) })) }
        if !maintainers.isEmpty {
            m.entries["maintainers"] = .slice(GoSlice(maintainers.map { person in
                let p = GoMap()
                if !person.name.isEmpty { p.entries["name"] = .string(person.name) }
                if !person.email.isEmpty { p.entries["email"] = .string(person.email) }
                if !person.url.isEmpty { p.entries["url"] = .string(person.url) }
                return .map(p)
            }))
        }
        if !dependencies.isEmpty && !dropDependencies {
            m.entries["dependencies"] = .slice(GoSlice(dependencies.map { .map($0.goMap()) }))
        }
        return m
    }
}

extension ChartDependency {
    /// The dependency as its json tags spell it, empty optional fields left out.
    func goMap() -> GoMap {
        let m = GoMap()
        m.entries["name"] = .string(name)
        m.entries["repository"] = .string(repository)
        if !version.isEmpty { m.entries["version"] = .string(version) }
        if !condition.isEmpty { m.entries["condition"] = .string(condition) }
        if !tags.isEmpty { m.entries["tags"] = .slice(GoSlice(tags.map { .string($0) })) }
        if enabled { m.entries["enabled"] = .bool(true) }
        if !importValues.isEmpty { m.entries["import-values"] = .slice(GoSlice(importValues.map(\.goValue))) }
        if !alias.isEmpty { m.entries["alias"] = .string(alias) }
        return m
    }

    /// Go's `json.Marshal` of the struct: fields in declaration order, not sorted,
    /// which is what Helm hashes into Chart.lock's digest.
    func structJSON() -> String {
        func q(_ s: String) -> String { (try? HelmYAML.marshalJSON(.string(s))) ?? "\"\"" }
        var parts = ["\"name\":\(q(name))"]
        if !version.isEmpty { parts.append("\"version\":\(q(version))") }
        parts.append("\"repository\":\(q(repository))")
        if !condition.isEmpty { parts.append("\"condition\":\(q(condition))") }
        if !tags.isEmpty { parts.append("\"tags\":[\(tags.map(q).joined(separator: ","))]") }
        if enabled { parts.append("\"enabled\":true") }
        if !importValues.isEmpty {
            let items = importValues.map { (try? HelmYAML.marshalJSON($0.goValue)) ?? "null" }
            parts.append("\"import-values\":[\(items.joined(separator: ","))]")
        }
        if !alias.isEmpty { parts.append("\"alias\":\(q(alias))") }
        return "{" + parts.joined(separator: ",") + "}"
    }
}

extension ImportValue {
    var goValue: GoValue {
        switch self {
        case .exported(let s): return .string(s)
        case .mapping(let child, let parent): return .map(GoMap(["child": .string(child), "parent": .string(parent)]))
        }
    }
}

extension ChartLock {
    /// Chart.lock as Helm writes it (sorted keys; `generated` as Go prints a time).
    public func yamlText() throws -> String {
        let m = GoMap()
        m.entries["generated"] = .string(generated)
        m.entries["digest"] = .string(digest)
        m.entries["dependencies"] = .slice(GoSlice(dependencies.map { .map($0.goMap()) }))
        return try HelmYAML.marshal(.map(m))
    }
}
