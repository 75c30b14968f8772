import Foundation
import GoValue
import YAML

extension ChartLinter.Run {
    /// Helm's `Crds` rules: every file under crds/ is plain YAML (not a template) holding
    /// `apiextensions.k8s.io` CustomResourceDefinitions.
    mutating func crds() {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir + "/crds", isDirectory: &isDirectory) else { return }
        guard rule(.error, "crds/", isDirectory.boolValue ? nil : "not a directory") else { return }
        let chart: Chart
        do { chart = try ChartLoader.load(files: ChartLoader.readDirectory(dir)) } catch {
            rule(.error, "crds/", error.description)
            return
        }
        for crd in chart.crdObjects() {
            let name = crd.file.name
            for document in Self.documents(crd.file.text) {
                let body = document.hasSuffix("\n") ? String(document.dropLast()) : document
                let value: GoValue
                do { value = try HelmYAML.decode(body) } catch {
                    rule(.error, name, "unable to parse YAML: \(error)")
                    return
                }
                guard case .map(let object) = value else { continue }
                let apiVersion = object["apiVersion"]?.stringValue ?? ""
                rule(.error, name, apiVersion.hasPrefix("apiextensions.k8s.io") ? nil : "apiVersion is not in 'apiextensions.k8s.io'")
                rule(.error, name, object["kind"]?.stringValue == "CustomResourceDefinition" ? nil : "object kind is not 'CustomResourceDefinition'")
            }
        }
    }
}
