import ArgumentParser
import ChartKit
import Foundation

/// `chart dependency list|update|build CHART`: manage a chart's subcharts, as `helm dependency`.
struct DependencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dependency", abstract: "Manage a chart's dependencies.",
        subcommands: [List.self, Update.self, Build.self],
        aliases: ["dep", "dependencies"])

    /// `dependency list`: a table of each dependency and its state in `charts/`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the dependencies for the given chart.", aliases: ["ls"])
        @Argument(help: "Chart folder (default .).") var chart = "."

        func run() throws {
            let manager = DependencyManager(chartPath: chart)
            let loaded = try ChartLoader.load(directory: chart)
            if loaded.metadata.dependencies.isEmpty {
                print("WARNING: no dependencies at \(chart.hasSuffix("/") ? chart + "charts" : chart + "/charts")")
                return
            }
            let (rows, warnings) = try manager.list()
            var table = [["NAME", "VERSION", "REPOSITORY", "STATUS"]]
            table += rows.map { [$0.name, $0.version, $0.repository, $0.status] }
            print(Self.format(table))
            print()
            for warning in warnings { print(warning) }
        }

        /// gosuri/uitable's layout: every cell padded to its column's width, joined by tabs.
        static func format(_ rows: [[String]]) -> String {
            var widths = [Int](repeating: 0, count: rows.first?.count ?? 0)
            for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], min(cell.count, 80)) } }
            return rows.map { row in
                row.enumerated().map { i, cell in
                    let text = cell.count > 80 ? String(cell.prefix(77)) + "..." : cell
                    return text + String(repeating: " ", count: widths[i] - text.count)
                }.joined(separator: "\t")
            }.joined(separator: "\n")
        }
    }

    /// `dependency update`: resolve Chart.yaml's dependencies, write Chart.lock, fill charts/.
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "update", abstract: "Update charts/ based on the contents of Chart.yaml.", aliases: ["up"])
        @Argument(help: "Chart folder (default .).") var chart = "."
        @Flag(name: .customLong("skip-refresh"), help: "Do not refresh the local repository cache.") var skipRefresh = false

        func run() throws {
            var manager = DependencyManager(chartPath: chart)
            manager.skipRefresh = skipRefresh
            print(try manager.update(), terminator: "")
        }
    }

    /// `dependency build`: fill charts/ from Chart.lock.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "build", abstract: "Rebuild the charts/ directory based on the Chart.lock file.")
        @Argument(help: "Chart folder (default .).") var chart = "."
        @Flag(name: .customLong("skip-refresh"), help: "Do not refresh the local repository cache.") var skipRefresh = false

        func run() throws {
            print(try DependencyManager(chartPath: chart).build(), terminator: "")
        }
    }
}
