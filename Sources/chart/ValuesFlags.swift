import ArgumentParser
import ChartKit
import GoValue
import YAML
import Foundation

/// The values flags shared by every command that renders (`-f`, `--set` and family).
struct ValuesFlags: ParsableArguments {
    @Option(name: [.short, .customLong("values")], help: "Specify values in a YAML file (can specify multiple).")
    var valueFiles: [String] = []
    @Option(name: .customLong("set"), help: "Set values on the command line.")
    var set: [String] = []
    @Option(name: .customLong("set-string"), help: "Set STRING values on the command line.")
    var setString: [String] = []
    @Option(name: .customLong("set-json"), help: "Set JSON values on the command line.")
    var setJSON: [String] = []
    @Option(name: .customLong("set-file"), help: "Set values from files.")
    var setFile: [String] = []
    @Option(name: .customLong("set-literal"), help: "Set a literal STRING value on the command line.")
    var setLiteral: [String] = []

    /// How chart defaults and user values combine (the values layer, once wired in).
    var seam: ValuesSeam { .basic }

    /// The user-supplied values: `-f` files merged in order. (The `--set` family waits for the values layer.)
    func merged() throws -> GoMap {
        if !(set.isEmpty && setString.isEmpty && setJSON.isEmpty && setFile.isEmpty && setLiteral.isEmpty) {
            throw ValuesFlagError(message: "--set and its family are not supported yet")
        }
        var out = GoMap()
        for file in valueFiles.flatMap({ $0.split(separator: ",").map(String.init) }) {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValuesFlagError(message: "open \(file): no such file or directory")
            }
            let decoded: GoValue
            do { decoded = try HelmYAML.decode(String(decoding: data, as: UTF8.self), fileName: file) } catch {
                throw ValuesFlagError(message: "failed to parse \(file): \(error)")
            }
            if case .map(let m) = decoded { out = mergeMaps(out, m) }
        }
        return out
    }

    private func mergeMaps(_ a: GoMap, _ b: GoMap) -> GoMap {
        let out = a.copy()
        for (k, v) in b.entries {
            if case .map(let bm) = v, case .map(let am)? = out[k] { out[k] = .map(mergeMaps(am, bm)); continue }
            out[k] = v
        }
        return out
    }
}

struct ValuesFlagError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
