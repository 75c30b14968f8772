import GoValue
import YAML

extension ChartMetadata {
    /// Decodes Chart.yaml (or requirements.yaml over `base`) as sigs.k8s.io/yaml fills
    /// Helm's `Metadata` struct: scalars convert to string fields, wrong shapes fail.
    static func decode(yaml data: [UInt8], fileName: String, into base: ChartMetadata = ChartMetadata()) throws(ChartLoadError) -> ChartMetadata {
        let value: GoValue
        do { value = try HelmYAML.decode(String(decoding: ChartLoader.stripBOM(data), as: UTF8.self), schema: .chartMetadata) } catch {
            throw .message("cannot load \(fileName): \(error)")
        }
        var md = base
        do throws(FieldError) {
            guard case .map(let map) = value else {
                if case .nil = value { return md }
                throw FieldError(got: jsonKindName(value), field: nil, type: "chart.Metadata")
            }
            let f = MetadataFields(map: map, owner: "Metadata")
            if let v = try f.string("name") { md.name = v }
            if let v = try f.string("home") { md.home = v }
            if let v = try f.strings("sources") { md.sources = v }
            if let v = try f.string("version") { md.version = v }
            if let v = try f.string("description") { md.description = v }
            if let v = try f.strings("keywords") { md.keywords = v }
            if let v = try f.list("maintainers") {
                md.maintainers = try v.map { item throws(FieldError) in
                    guard case .map(let m) = item else {
                        if case .nil = item { return ChartMaintainer() }
                        throw FieldError(got: jsonKindName(item), field: "maintainers", type: "chart.Maintainer")
                    }
                    let mf = MetadataFields(map: m, owner: "Maintainer")
                    return ChartMaintainer(name: try mf.string("name") ?? "", email: try mf.string("email") ?? "",
                                           url: try mf.string("url") ?? "")
                }
            }
            if let v = try f.string("icon") { md.icon = v }
            if let v = try f.string("apiVersion") { md.apiVersion = v }
            if let v = try f.string("condition") { md.condition = v }
            if let v = try f.string("tags") { md.tags = v }
            if let v = try f.string("appVersion") { md.appVersion = v }
            if let v = try f.bool("deprecated") { md.deprecated = v }
            if let v = try f.stringMap("annotations") { md.annotations = v }
            if let v = try f.string("kubeVersion") { md.kubeVersion = v }
            if let v = try f.list("dependencies") { md.dependencies = try v.map(ChartDependency.decode) }
            if let v = try f.string("type") { md.type = v }
        } catch {
            throw .message("cannot load \(fileName): error unmarshaling JSON: while decoding JSON: \(error)")
        }
        return md
    }
}

extension ChartDependency {
    static func decode(_ item: GoValue) throws(FieldError) -> ChartDependency {
        var d = ChartDependency()
        guard case .map(let m) = item else {
            if case .nil = item { return d }
            throw FieldError(got: jsonKindName(item), field: "dependencies", type: "chart.Dependency")
        }
        let f = MetadataFields(map: m, owner: "Dependency")
        d.name = try f.string("name") ?? ""
        d.version = try f.string("version") ?? ""
        d.repository = try f.string("repository") ?? ""
        d.condition = try f.string("condition") ?? ""
        d.tags = try f.strings("tags") ?? []
        d.enabled = try f.bool("enabled") ?? false
        d.alias = try f.string("alias") ?? ""
        if let list = try f.list("import-values") {
            d.importValues = list.compactMap { entry in
                switch entry {
                case .string(let s): return .exported(s)
                case .map(let m):
                    return .mapping(child: m["child"]?.stringValue ?? "", parent: m["parent"]?.stringValue ?? "")
                default: return nil
                }
            }
        }
        return d
    }
}

extension ChartLock {
    static func decode(yaml data: [UInt8], fileName: String) throws(ChartLoadError) -> ChartLock {
        let value: GoValue
        do { value = try HelmYAML.decode(String(decoding: data, as: UTF8.self), fileName: fileName) } catch {
            throw .message("cannot load \(fileName): \(error)")
        }
        var lock = ChartLock()
        guard case .map(let m) = value else { return lock }
        let f = MetadataFields(map: m, owner: "Lock")
        do throws(FieldError) {
            lock.generated = try f.string("generated") ?? ""
            lock.digest = try f.string("digest") ?? ""
            lock.dependencies = try (f.list("dependencies") ?? []).map(ChartDependency.decode)
        } catch {
            throw .message("cannot load \(fileName): error unmarshaling JSON: while decoding JSON: \(error)")
        }
        return lock
    }
}
