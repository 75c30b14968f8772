import ArgumentParser
import ChartKit
import Foundation

/// `chart package PATH...`: chart folders become versioned archives, as `helm package`.
struct PackageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "package", abstract: "Package a chart directory into a chart archive.")

    @Argument(help: "Chart folders to package.") var paths: [String] = []
    @Option(name: [.customShort("d"), .customLong("destination")], help: "Location to write the chart.") var destination = "."
    @Option(name: .customLong("version"), help: "Set the version on the chart to this semver version.") var version: String?
    @Option(name: .customLong("app-version"), help: "Set the appVersion on the chart to this version.") var appVersion: String?
    @Flag(name: [.customShort("u"), .customLong("dependency-update")], help: "Update dependencies from Chart.yaml to charts/ first.")
    var dependencyUpdate = false

    func run() throws {
        if paths.isEmpty {
            throw CommandFailure("need at least one argument, the path to the chart")
        }
        for path in paths {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandFailure("stat \(path): no such file or directory")
            }
            if dependencyUpdate {
                // Helm runs the update quietly here: only the packaging line is printed.
                _ = try DependencyManager(chartPath: path).update()
            }
            var log: [String] = []
            let written: String
            do {
                written = try ChartPackager(version: version, appVersion: appVersion).package(directory: path, destination: destination, log: &log)
            } catch {
                Self.printLog(log)
                throw error
            }
            Self.printLog(log)
            print("Successfully packaged chart and saved it to: \(written)")
            // Each chart's line is out before a later chart's error, as Helm's unbuffered writes are.
            fflush(nil)
        }
    }
}

extension PackageCommand {
    /// The loader's INFO lines, on stderr as Helm's logger writes them.
    static func printLog(_ lines: [String]) {
        for line in lines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}

/// A failure whose message is printed after `Error: ` as is.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
