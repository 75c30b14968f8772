import ArgumentParser
import ChartKit
import GoValue

/// The values flags shared by every command that renders (`-f`, `--set` and family).
struct ValuesFlags: ParsableArguments {
    @Option(name: [.customShort("f"), .customLong("values")], help: "Specify values in a YAML file or a URL (can specify multiple).")
    var valueFiles: [String] = []
    @Option(name: .customLong("set"), help: "Set values on the command line (key1=val1,key2=val2).")
    var set: [String] = []
    @Option(name: .customLong("set-string"), help: "Set STRING values on the command line.")
    var setString: [String] = []
    @Option(name: .customLong("set-json"), help: "Set JSON values on the command line.")
    var setJSON: [String] = []
    @Option(name: .customLong("set-file"), help: "Set values from respective files specified via the command line.")
    var setFile: [String] = []
    @Option(name: .customLong("set-literal"), help: "Set a literal STRING value on the command line.")
    var setLiteral: [String] = []

    /// The flags as the values layer takes them (`-f` is a comma-separated slice in Helm).
    var options: ValueOptions {
        ValueOptions(valueFiles: valueFiles.flatMap { $0.split(separator: ",").map(String.init) },
                     values: set, stringValues: setString, jsonValues: setJSON, fileValues: setFile,
                     literalValues: setLiteral)
    }

    /// The user-supplied values, merged in Helm's fixed order.
    func merged() throws -> GoMap { try options.mergedValues() }
}
