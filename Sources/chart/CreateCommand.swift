import ArgumentParser
import ChartKit
import Foundation

/// `chart create NAME`: a new chart from our own scaffold.
struct CreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a new chart with the given name.")

    @Argument(help: "Path of the new chart; its last component is the chart's name.") var name: String

    func run() throws {
        print("Creating \(name)")
        let url = URL(fileURLWithPath: name)
        let chartName = url.lastPathComponent
        guard chartName.range(of: "^[a-zA-Z0-9._-]+$", options: .regularExpression) != nil else {
            throw CommandFailure("chart name must match the regular expression \"^[a-zA-Z0-9._-]+$\"")
        }
        let parent = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) else {
            throw CommandFailure("stat \(url.deletingLastPathComponent().relativePath): no such file or directory")
        }
        try ChartScaffold.create(named: chartName, in: url)
    }
}
