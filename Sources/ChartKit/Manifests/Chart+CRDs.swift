extension Chart {
    /// A CRD file with the path Helm prints for it (`parent/charts/child/crds/x.yaml`).
    public struct CRDObject: Sendable {
        public var path: String
        public var file: ChartFile
    }

    /// Helm's `CRDObjects`: `*.yaml`, `*.yml` and `*.json` under `crds/`, this chart's
    /// first, then each subchart's.
    public func crdObjects(parentPath: String? = nil) -> [CRDObject] {
        let fullPath = parentPath.map { "\($0)/charts/\(name)" } ?? name
        var out: [CRDObject] = []
        for file in files where file.name.hasPrefix("crds/") {
            let ext = file.name.split(separator: "/").last.flatMap { n in n.lastIndex(of: ".").map { String(n[$0...]) } } ?? ""
            guard [".yaml", ".yml", ".json"].contains(ext) else { continue }
            out.append(CRDObject(path: fullPath + "/" + file.name, file: file))
        }
        for dependency in dependencies { out += dependency.crdObjects(parentPath: fullPath) }
        return out
    }
}
