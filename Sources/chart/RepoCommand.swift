import ArgumentParser
import ChartKit
import Foundation

/// `chart repo index DIR`: write the index.yaml of a folder of chart archives.
struct RepoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "repo", abstract: "Work with chart repositories.", subcommands: [Index.self])

    /// `repo index`: an index.yaml over every archive in a folder.
    struct Index: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "index", abstract: "Generate an index file given a directory containing packaged charts.")
        @Argument(help: "Folder of chart archives.") var directory: [String] = []
        @Option(name: .customLong("url"), help: "URL of the chart repository.") var url = ""
        @Option(name: .customLong("merge"), help: "Merge the generated index into the given index.") var merge: String?

        func run() throws {
            guard directory.count == 1 else {
                throw CommandFailure("\"chart repo index\" requires 1 argument\n\nUsage:  chart repo index [DIR] [flags]")
            }
            let dir = directory[0]
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CommandFailure("stat \(dir): no such file or directory")
            }
            var index = try RepositoryIndex.index(directory: dir, baseURL: url)
            if let merge {
                if let data = FileManager.default.contents(atPath: merge) {
                    let existing = try RepositoryIndex(yaml: String(decoding: data, as: UTF8.self), source: merge)
                    index.merge(existing)
                    index.sortEntries()
                }
            }
            let text = try index.yamlText()
            let target = dir + "/index.yaml"
            let temporary = target + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, target) == 0 else { throw CommandFailure("cannot write \(target)") }
        }
    }
}
