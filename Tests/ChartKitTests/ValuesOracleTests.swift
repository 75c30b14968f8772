import Foundation
import GoValue
import Testing
@testable import ChartKit

/// Compares the values pipeline with what the reference Helm produced for the same
/// charts and flags (testdata/values/cases.json, written by scripts/gen-values-cases.py).
struct ValuesOracleTests {
    static let all: [OracleCase] = OracleCase.loadAll()
    static let valuesCases = all.filter { !$0.usesSchema }
    static let schemaCases = all.filter(\.usesSchema)

    @Test func tableIsLoaded() {
        #expect(Self.all.count >= 700)
    }

    @Test("strvals, -f merging, coalescing, subcharts match Helm", arguments: valuesCases)
    func valuesMatchHelm(_ c: OracleCase) throws {
        try check(c)
    }

    @Test("values.schema.json validation matches Helm", arguments: schemaCases)
    func schemaMatchesHelm(_ c: OracleCase) throws {
        try check(c)
    }

    func check(_ c: OracleCase) throws {
        var chart = c.buildChart()
        let files = c.files
        let reader: @Sendable (String) throws -> [UInt8] = { path in
            guard let text = files[path] else { throw ValuesError.readFile(detail: "open \(path): no such file or directory") }
            return Array(text.utf8)
        }
        let expectedError = c.expected["error"]?.stringValue
        // Every log line Helm printed, in either outcome (the order of map-driven lines varies).
        let expectedWarnings = (c.expected["warnings"]?.sliceValue?.elements ?? []).compactMap(\.stringValue).sorted()
        var warnings: [ValuesWarning] = []
        do {
            // Most values files in the table are JSON (valid YAML) so that the values layer is
            // tested on its own; a few are real YAML and go through HelmYAML.
            let json: ValuesFile.DocumentDecoder = { text, _ in
                if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .nil }
                return try GoJSONDecoder.decodeDocument(text)
            }
            let user = try c.options.mergedValues(readFile: reader, decodeDocument: c.yamlFiles ? ValuesFile.yamlDocument : json)
            let values = try Coalescer.process(chart: &chart, userValues: user, validateSchema: true, warnings: &warnings)
            #expect(expectedError == nil, "Helm failed with: \(expectedError ?? "")")
            #expect(warnings.map(\.description).sorted() == expectedWarnings)
            var rendered: [String: GoValue] = [:]
            collectRendered(chart, values: values, path: chart.name, into: &rendered)
            let expected = c.expected["rendered"]?.sliceValue?.elements ?? []
            var expectedRendered: [String: GoValue] = [:]
            for item in expected {
                guard let m = item.mapValue, let source = m["source"]?.stringValue else { continue }
                expectedRendered[source] = m["values"] ?? .nil
            }
            #expect(rendered.keys.sorted() == expectedRendered.keys.sorted())
            for (source, values) in expectedRendered {
                #expect(CanonicalJSON(rendered[source] ?? .nil) == CanonicalJSON(values), "values of \(source)")
            }
        } catch let error as ValuesError {
            guard let expectedError else {
                Issue.record("unexpected error: \(error)")
                return
            }
            #expect((warnings.map(\.description) + error.logLines).sorted() == expectedWarnings)
            if case .schema = error {
                // Helm lists schema violations in map order, which varies between runs.
                #expect(error.description.split(separator: "\n").sorted() == expectedError.split(separator: "\n").sorted())
            } else {
                #expect(error.description == expectedError)
            }
        }
    }

    /// Every non-library chart renders its one template with its section of the values.
    private func collectRendered(_ chart: Chart, values: GoMap, path: String, into out: inout [String: GoValue]) {
        if !chart.isLibrary { out["\(path)/templates/v.yaml"] = .map(values) }
        for sub in chart.dependencies {
            collectRendered(sub, values: Coalescer.subchartValues(values, name: sub.name),
                            path: "\(path)/charts/\(sub.name)", into: &out)
        }
    }
}

/// One oracle case: a chart tree, flags and files, and Helm's result.
struct OracleCase: CustomTestStringConvertible, Sendable {
    var name: String
    var chartSpec: GoMap
    var flags: [(String, String)]
    var files: [String: String]
    var yamlFiles: Bool
    var expected: GoMap

    var testDescription: String { name }

    /// Whether any chart in the tree has a values.schema.json.
    var usesSchema: Bool { Self.hasSchema(chartSpec) }

    private static func hasSchema(_ spec: GoMap) -> Bool {
        spec["schema"] != nil || (spec["charts"]?.sliceValue?.elements ?? []).contains { $0.mapValue.map(hasSchema) ?? false }
    }

    static func loadAll() -> [OracleCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("testdata/values/cases.json")
        guard let data = try? Data(contentsOf: url),
              let root = try? GoJSONDecoder.decodeDocument(String(decoding: data, as: UTF8.self)).mapValue,
              let cases = root["cases"]?.sliceValue else { return [] }
        return cases.elements.compactMap { item in
            guard let m = item.mapValue else { return nil }
            let flags = (m["flags"]?.sliceValue?.elements ?? []).compactMap { f -> (String, String)? in
                guard let pair = f.sliceValue?.elements, pair.count == 2,
                      let a = pair[0].stringValue, let b = pair[1].stringValue else { return nil }
                return (a, b)
            }
            var files: [String: String] = [:]
            for (k, v) in m["files"]?.mapValue?.entries ?? [:] { files[k] = v.stringValue }
            return OracleCase(name: m["name"]?.stringValue ?? "?", chartSpec: m["chart"]?.mapValue ?? GoMap(),
                              flags: flags, files: files, yamlFiles: m["yamlFiles"]?.isTruthy ?? false,
                              expected: m["expected"]?.mapValue ?? GoMap())
        }
    }

    var options: ValueOptions {
        var o = ValueOptions()
        for (flag, value) in flags {
            switch flag {
            case "-f": o.valueFiles.append(value)
            case "--set": o.values.append(value)
            case "--set-string": o.stringValues.append(value)
            case "--set-json": o.jsonValues.append(value)
            case "--set-file": o.fileValues.append(value)
            case "--set-literal": o.literalValues.append(value)
            default: break
            }
        }
        return o
    }

    func buildChart() -> Chart { Self.chart(from: chartSpec) }

    private static func chart(from spec: GoMap) -> Chart {
        var metadata = ChartMetadata()
        metadata.apiVersion = "v2"
        metadata.name = spec["name"]?.stringValue ?? ""
        metadata.version = spec["version"]?.stringValue ?? "0.1.0"
        metadata.type = spec["type"]?.stringValue ?? ""
        for d in spec["dependencies"]?.sliceValue?.elements ?? [] {
            guard let dm = d.mapValue else { continue }
            var dep = ChartDependency()
            dep.name = dm["name"]?.stringValue ?? ""
            dep.version = dm["version"]?.stringValue ?? ""
            dep.alias = dm["alias"]?.stringValue ?? ""
            dep.condition = dm["condition"]?.stringValue ?? ""
            dep.tags = (dm["tags"]?.sliceValue?.elements ?? []).compactMap(\.stringValue)
            dep.importValues = (dm["import-values"]?.sliceValue?.elements ?? []).compactMap { iv in
                if let s = iv.stringValue { return .exported(s) }
                if let m = iv.mapValue {
                    return .mapping(child: m["child"]?.stringValue ?? "", parent: m["parent"]?.stringValue ?? "")
                }
                return nil
            }
            metadata.dependencies.append(dep)
        }
        var chart = Chart(metadata: metadata)
        if let values = spec["values"]?.mapValue { chart.values = values }
        if let schemaText = spec["schemaText"]?.stringValue { chart.schema = Array(schemaText.utf8) }
        // Helm's loader reads charts/ in lexical order.
        chart.dependencies = (spec["charts"]?.sliceValue?.elements ?? []).compactMap(\.mapValue)
            .map(chart(from:)).sorted { $0.name < $1.name }
        return chart
    }
}

/// JSON-shaped values for comparison: numbers compare by value whatever their Go type.
indirect enum CanonicalJSON: Equatable {
    case null, bool(Bool), number(Double), string(String), array([CanonicalJSON]), object([String: CanonicalJSON])

    init(_ v: GoValue) {
        switch v {
        case .nil: self = .null
        case .bool(let b): self = .bool(b)
        case .string(let s): self = .string(s)
        case .int(let i): self = .number(Double(i))
        case .int64(let i): self = .number(Double(i))
        case .float64(let d): self = .number(d == 0 ? 0 : d)
        case .integer(let i, _): self = .number(Double(i))
        case .uint64(let u): self = .number(Double(u))
        case .float32(let f): self = .number(Double(f))
        case .slice(let s): self = .array(s.elements.map(CanonicalJSON.init))
        case .map(let m): self = .object(m.entries.mapValues(CanonicalJSON.init))
        case .object: self = .string("<object>")
        }
    }
}
