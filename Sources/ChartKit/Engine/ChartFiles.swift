import Foundation
import GoValue
import YAML

/// `.Files`: the chart's non-template files by path (Helm's `engine.files`, a Go map type with methods).
public final class ChartFiles: GoMapObject, @unchecked Sendable {
    /// Contents by chart-relative path.
    public let contents: [String: [UInt8]]

    public init(_ files: [ChartFile]) {
        var map: [String: [UInt8]] = [:]
        for f in files { map[f.name] = f.data }
        contents = map
    }

    init(contents: [String: [UInt8]]) { self.contents = contents }

    public var goType: GoType { .named("engine.files", kind: .map) }

    public func field(_ name: String) -> GoValue? { nil }

    public var isTruthy: Bool { !contents.isEmpty }

    /// The entries as Go sees the map: `[]byte` values, for printing and ranging.
    public var asMap: GoMap {
        GoMap(contents.mapValues { ChartFiles.bytes($0) }, valueType: .slice(.uint8))
    }

    public var entryCount: Int { contents.count }

    public func formatted(plus: Bool) -> String { GoFmt.formatValue(.map(asMap)) }

    static func bytes(_ data: [UInt8]) -> GoValue {
        .slice(GoSlice(data.map { .integer(Int64($0), .uint8) }, elementType: .uint8))
    }

    public func method(_ name: String) -> GoFunction? {
        switch name {
        case "Get":
            return GoFunction([.string], result: .string) { [contents] args in
                // A binary file stays bytes (a GoByteString) for `b64enc`, `sha256sum` and `len`.
                .string(bytes: contents[args[0].stringValue ?? ""] ?? [])
            }
        case "GetBytes":
            return GoFunction([.string], result: .slice(.uint8)) { [contents] args in
                ChartFiles.bytes(contents[args[0].stringValue ?? ""] ?? [])
            }
        case "Glob":
            return GoFunction([.string], result: goType) { [contents] args in
                let glob = (try? FileGlob(args[0].stringValue ?? "")) ?? (try! FileGlob("**"))
                return .object(ChartFiles(contents: contents.filter { glob.matches($0.key) }))
            }
        case "AsConfig":
            return GoFunction([], result: .string) { [contents] _ in
                let map = GoMap(contents.reduce(into: [:]) { $0[goBaseName($1.key)] = GoValue.string(GoByteString.replacingInvalid($1.value)) }, valueType: .string)
                return .string(HelmFunctions.toYAML(.map(map)))
            }
        case "AsSecrets":
            return GoFunction([], result: .string) { [contents] _ in
                let map = GoMap(contents.reduce(into: [:]) { $0[goBaseName($1.key)] = GoValue.string(Data($1.value).base64EncodedString()) }, valueType: .string)
                return .string(HelmFunctions.toYAML(.map(map)))
            }
        case "Lines":
            return GoFunction([.string], result: .slice(.string)) { [contents] args in
                guard var data = contents[args[0].stringValue ?? ""] else { return .strings([]) }
                // Bytes, not Characters: Swift would treat "\r\n" as one character.
                if data.last == UInt8(ascii: "\n") { data.removeLast() }
                let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                return .slice(GoSlice(lines.map { GoValue.string(bytes: $0) }, elementType: .string))
            }
        default:
            return nil
        }
    }
}
