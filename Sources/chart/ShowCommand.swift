import ArgumentParser
import ChartKit
import Foundation

/// `chart show chart|values|readme|crds|all CHART`: a chart's information as `helm show` prints it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show information of a chart.",
        subcommands: [Part<ChartPart>.self, Part<ValuesPart>.self, Part<ReadmePart>.self, Part<CRDsPart>.self, Part<AllPart>.self])

    protocol Kind { static var part: ChartShow { get } }
    enum ChartPart: Kind { static let part = ChartShow.chart }
    enum ValuesPart: Kind { static let part = ChartShow.values }
    enum ReadmePart: Kind { static let part = ChartShow.readme }
    enum CRDsPart: Kind { static let part = ChartShow.crds }
    enum AllPart: Kind { static let part = ChartShow.all }

    /// One `show` subcommand; the part it prints is its type parameter.
    struct Part<K: Kind>: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: K.part.rawValue, abstract: "Show the chart's \(K.part.rawValue).")
        }
        @Argument(help: "A chart folder or archive.") var chart: [String] = []

        func run() throws {
            guard chart.count == 1 else {
                throw CommandFailure("\"chart show \(K.part.rawValue)\" requires 1 argument\n\nUsage:  chart show \(K.part.rawValue) [CHART] [flags]")
            }
            let path = chart[0]
            // Helm logs each symbolic link its loader follows, also when the load then fails.
            var log: [String] = []
            let loaded: Chart
            do { loaded = try ChartShow.load(path, log: &log) } catch {
                PackageCommand.printLog(log)
                throw error
            }
            PackageCommand.printLog(log)
            FileHandle.standardOutput.write(Data(try K.part.text(for: loaded).utf8))
        }
    }
}
