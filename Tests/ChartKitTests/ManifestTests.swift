import Foundation
import Testing
@testable import ChartKit

/// Install order, CRD collection, --show-only paths and --output-dir writing (HELM-NOTES 5.2-5.5).
@Suite struct ManifestTests {
    @Test func kindsSortInHelmInstallOrderThenByteOrder() {
        let kinds = ["Deployment", "Zebra", "Namespace", "Apple", "alpha", "ConfigMap", "", "Secret", "Service",
                     "APIService", "PriorityClass", "Ingress", "Job"]
        let sorted = KindOrder.stableSort(kinds) { $0 }
        #expect(sorted == ["PriorityClass", "Namespace", "Secret", "ConfigMap", "Service", "Deployment", "Job",
                           "Ingress", "APIService", "", "Apple", "Zebra", "alpha"])
    }

    @Test func equalKindsKeepInputOrder() {
        let items = [("ConfigMap", 1), ("Service", 2), ("ConfigMap", 3), ("Unknown", 4), ("ConfigMap", 5), ("Unknown", 6)]
        let sorted = KindOrder.stableSort(items) { $0.0 }.map(\.1)
        #expect(sorted == [1, 3, 5, 2, 4, 6])
    }

    @Test func installOrderHasEveryKnownKind() {
        #expect(KindOrder.install.count == 38)
        #expect(Set(KindOrder.install).count == 38)
        #expect(KindOrder.install.suffix(3) == ["APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"])
    }

    @Test func crdObjectsComeFromParentThenSubcharts() {
        var kid = Chart(metadata: metadata("kid"))
        kid.files = [ChartFile(name: "crds/kid.yml", data: [])]
        var parent = Chart(metadata: metadata("crd"), dependencies: [kid])
        parent.files = [ChartFile(name: "crds/a.json", data: []), ChartFile(name: "crds/readme.txt", data: []),
                        ChartFile(name: "crds/sub/c.yaml", data: []), ChartFile(name: "conf/x.yaml", data: [])]
        #expect(parent.crdObjects().map(\.path) == ["crd/crds/a.json", "crd/crds/sub/c.yaml", "crd/charts/kid/crds/kid.yml"])
    }

    @Test(arguments: [
        ("# Source: eng/templates/a.yaml\nkind: A", "templates/a.yaml"),
        ("# Source: eng/charts/child/templates/cm.yaml\nkind: A", "charts/child/templates/cm.yaml"),
        ("kind: A", nil),
    ])
    func showOnlyReadsTheSourcePath(document: String, path: String?) {
        #expect(ShowOnly.sourcePath(of: document) == path)
    }

    @Test func outputWriterAppendsWithinARun() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ck-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writer = OutputWriter(directory: dir)
        try writer.write(name: "c/templates/a.yaml", data: "a: 1")
        try writer.write(name: "c/templates/a.yaml", data: "b: 2")
        let text = try String(contentsOfFile: dir + "/c/templates/a.yaml", encoding: .utf8)
        #expect(text == "---\n# Source: c/templates/a.yaml\na: 1\n---\n# Source: c/templates/a.yaml\nb: 2\n")
        #expect(writer.log == "wrote \(dir)/c/templates/a.yaml\nwrote \(dir)/c/templates/a.yaml\n")
    }

    private func metadata(_ name: String) -> ChartMetadata {
        var md = ChartMetadata()
        md.name = name
        md.version = "1.0.0"
        md.apiVersion = "v2"
        return md
    }
}
