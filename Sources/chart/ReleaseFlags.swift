import ArgumentParser
import ChartKit
import Foundation
import Releases

/// Flags every release command shares, and the one place that turns a failed action
/// into Helm's `Error: ...` (after its log lines) with exit status 1.
struct ReleaseFlags: ParsableArguments {
    @Option(name: [.customShort("n"), .customLong("namespace")], help: "Namespace scope for this request.")
    var namespace = "default"

    /// The store under `$CHART_HOME/releases`.
    func context(maxHistory: Int = 10) -> ReleaseContext {
        ReleaseContext(store: ReleaseStore(driver: FileDriver(root: FileDriver.defaultRoot()), maxHistory: maxHistory))
    }
}

/// `-o table|json|yaml`.
struct OutputFlag: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: "Prints the output in the specified format. Allowed values: table, json, yaml.")
    var output = "table"

    func format() throws -> OutputFormat {
        guard let f = OutputFormat(rawValue: output) else {
            throw ReleaseActionError("invalid argument \"\(output)\" for \"-o, --output\" flag: invalid format type")
        }
        return f
    }
}

/// Printing for release commands.
enum ReleaseCLI {
    static func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }

    static func log(_ lines: [String]) {
        if !lines.isEmpty { FileHandle.standardError.write(Data(lines.map { $0 + "\n" }.joined().utf8)) }
    }

    /// Runs `body`; a failure prints its log, then `Error: <prefix><message>`, and exits 1.
    static func run(prefix: String = "", _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as ReleaseActionError {
            log(e.log)
            FileHandle.standardError.write(Data("Error: \(prefix)\(e.message)\n".utf8))
            throw ExitCode(1)
        } catch let e as ExitCode {
            throw e
        } catch {
            FileHandle.standardError.write(Data("Error: \(prefix)\(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Loads a chart for install/upgrade, with Helm's wording on failure.
    static func loadChart(_ path: String) throws -> Chart {
        do { return try ChartLoader.load(path: path) } catch { throw ReleaseActionError("\(error)") }
    }

    /// A revision argument (`rollback NAME 2`).
    static func revision(_ text: String) throws -> Int {
        guard let v = Int(text) else { throw ReleaseActionError("could not convert revision to a number: \(text)") }
        return v
    }
}
