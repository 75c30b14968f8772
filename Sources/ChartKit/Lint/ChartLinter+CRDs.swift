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
        do { chart = try loadChart() } catch {
            rule(.error, "crds/", error.description)
            return
        }
        for crd in chart.crdObjects() {
            let name = crd.file.name
            let (objects, failure) = Self.stubObjects(crd.file.text)
            for object in objects {
                let apiVersion = object["apiVersion"]?.stringValue ?? ""
                rule(.error, name, apiVersion.hasPrefix("apiextensions.k8s.io") ? nil : "apiVersion is not in 'apiextensions.k8s.io'")
                rule(.error, name, object["kind"]?.stringValue == "CustomResourceDefinition" ? nil : "object kind is not 'CustomResourceDefinition'")
            }
            if let failure {
                rule(.error, name, failure)
                return
            }
        }
    }
}
