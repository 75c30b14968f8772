import Foundation
import GoValue

/// The user's values flags (`-f`, `--set`, `--set-string`, `--set-json`, `--set-file`,
/// `--set-literal`), each list in command-line order.
public struct ValueOptions: Sendable {
    /// `-f`/`--values` paths, merged left to right.
    public var valueFiles: [String]
    /// `--set` lines: typed values.
    public var values: [String]
    /// `--set-string` lines: every value a string.
    public var stringValues: [String]
    /// `--set-json` lines: JSON values, or a bare JSON object merged whole.
    public var jsonValues: [String]
    /// `--set-file` lines: `key=path`, the file's contents as the value.
    public var fileValues: [String]
    /// `--set-literal` lines: the rest of the line, verbatim.
    public var literalValues: [String]

    /// Collects the flags; nothing is read or parsed until `mergedValues`.
    public init(valueFiles: [String] = [], values: [String] = [], stringValues: [String] = [],
                jsonValues: [String] = [], fileValues: [String] = [], literalValues: [String] = []) {
        self.valueFiles = valueFiles
        self.values = values
        self.stringValues = stringValues
        self.jsonValues = jsonValues
        self.fileValues = fileValues
        self.literalValues = literalValues
    }

    /// Reads a file or stdin (`-`) with Go's error wording (`open x: no such file or directory`).
    public static let readLocalFile: @Sendable (String) throws -> [UInt8] = { path in
        if path.trimmingGoSpace() == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw ValuesError.readFile(detail: isDirectory.boolValue ? "read \(path): is a directory"
                                                                         : "open \(path): permission denied")
            }
            throw ValuesError.readFile(detail: "open \(path): no such file or directory")
        }
        return Array(data)
    }

    /// Helm's `MergeValues`: `-f` files merged left to right, then every `--set-json`,
    /// `--set`, `--set-string`, `--set-file` and `--set-literal`, in that fixed order.
    /// `decodeDocument` turns one YAML document into a value (tests may pass a JSON decoder).
    public func mergedValues(readFile: @escaping @Sendable (String) throws -> [UInt8] = ValueOptions.readLocalFile,
                             decodeDocument: ValuesFile.DocumentDecoder = ValuesFile.yamlDocument) throws -> GoMap {
        var base = GoMap()
        for path in valueFiles {
            let bytes = try readFile(path)
            let current: GoMap
            do {
                current = try ValuesFile.load(bytes, fileName: path, decode: decodeDocument)
            } catch {
                throw ValuesError.parseFile(path: path, detail: "\(error)")
            }
            base = ValueMerge.mergeMaps(base, current)
        }
        for line in jsonValues { try SetValues.parse(line, into: base, kind: .json) }
        for line in values { try SetValues.parse(line, into: base, kind: .typed) }
        for line in stringValues { try SetValues.parse(line, into: base, kind: .string) }
        for line in fileValues { try SetValues.parse(line, into: base, kind: .file(readFile)) }
        for line in literalValues { try SetValues.parse(line, into: base, kind: .literal) }
        return base
    }
}
