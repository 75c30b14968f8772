import Foundation
import Testing
@testable import ChartKit

@Suite struct ChartScaffoldTests {
    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scaffold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func writesEveryFileWithTheName() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let chart = dir.appendingPathComponent("shop")
        try ChartScaffold.create(named: "shop", in: chart)
        for file in ChartScaffold.templates {
            let text = try String(contentsOf: chart.appendingPathComponent(file.path), encoding: .utf8)
            #expect(!text.contains("<CHARTNAME>"), "\(file.path) still has the placeholder")
        }
        let made = Set(try FileManager.default.subpathsOfDirectory(atPath: chart.path))
        #expect(made.isSuperset(of: ["Chart.yaml", "values.yaml", ".helmignore", "charts", "templates/_helpers.tpl",
                                     "templates/deployment.yaml", "templates/service.yaml", "templates/serviceaccount.yaml",
                                     "templates/ingress.yaml", "templates/hpa.yaml", "templates/NOTES.txt",
                                     "templates/tests/test-connection.yaml"]))
        #expect(try String(contentsOf: chart.appendingPathComponent("Chart.yaml"), encoding: .utf8).contains("name: shop\n"))
    }

    @Test func refusesToOverwrite() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: CreateError.exists(dir.path)) { try ChartScaffold.create(named: "x", in: dir) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// The reference Helm must find nothing to complain about, with the optional parts on too.
    @Test func lintsCleanWithTheReferenceHelm() throws {
        let helm = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/reference-helm/v4/helm")
        guard FileManager.default.isExecutableFile(atPath: helm.path) else { return }
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let chart = dir.appendingPathComponent("shop")
        try ChartScaffold.create(named: "shop", in: chart)
        for extra in [[], ["--set", "ingress.enabled=true,autoscaling.enabled=true,autoscaling.targetMemoryUtilizationPercentage=70"]] {
            let process = Process()
            process.executableURL = helm
            process.arguments = ["lint", "--strict", chart.path] + extra
            let out = Pipe()
            process.standardOutput = out
            process.standardError = out
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(text)")
            #expect(!text.contains("[WARNING]") && !text.contains("[ERROR]") && !text.contains("[INFO]"), "\(text)")
        }
    }
}
