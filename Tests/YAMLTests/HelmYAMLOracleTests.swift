import Testing
import GoValue
@testable import YAML

/// Whole-output comparisons against the reference Helm table.
@Suite struct HelmYAMLOracleTests {
    @Test(arguments: OracleCases.file.decode)
    func decodeThenEncode(_ c: OracleCases.Decode) {
        let v: GoValue
        switch c.kind {
        case "fromYaml": v = HelmYAML.fromYAML(c.src)
        case "fromYamlArray": v = HelmYAML.fromYAMLArray(c.src)
        case "fromJson": v = HelmYAML.fromJSON(c.src)
        case "fromToml": v = HelmYAML.fromTOML(c.src)
        default: v = HelmYAML.fromJSONArray(c.src)
        }
        #expect(HelmYAML.toJSON(v) == c.toJson)
        #expect(HelmYAML.toYAML(v) == c.toYaml)
        #expect(HelmYAML.toJSON(v, escapeHTML: false) == (c.toRawJson ?? c.toJson))
        #expect(HelmYAML.toPrettyJSON(v) == c.toPrettyJson)
        #expect(HelmYAML.toYAMLPretty(v) == c.toYamlPretty)
        #expect(HelmYAML.toTOML(v) == c.toToml)
    }

    @Test(arguments: OracleCases.file.strings)
    func encodeString(_ c: OracleCases.Str) {
        let s = GoValue.string(c.src)
        #expect(HelmYAML.toYAML(s) == c.value)
        #expect(HelmYAML.toYAML(.dict([c.src: .int(1)])) == c.key)
        #expect(HelmYAML.toYAML(.list([s])) == c.item)
        #expect(HelmYAML.toYAML(.dict(["k": s])) == c.nested)
        #expect(HelmYAML.toYAML(.dict(["k": .dict(["kk": s])])) == c.nested2)
        #expect(HelmYAML.toYAML(.list([.list([s])])) == c.item2)
        #expect(HelmYAML.toJSON(s) == c.toJson)
        #expect(HelmYAML.toJSON(s, escapeHTML: false) == c.toRawJson)
        #expect(HelmYAML.toYAMLPretty(s) == c.pretty)
        #expect(HelmYAML.toYAMLPretty(.dict(["k": .list([s, .dict([c.src: .list([s])])])])) == c.prettyNested)
    }

    @Test(arguments: OracleCases.file.values)
    func loadValues(_ c: OracleCases.Values) {
        do {
            let v = try HelmYAML.decodeValues(c.src)
            #expect(c.error == nil, "expected error \(c.error ?? "")")
            #expect(HelmYAML.toJSON(v) == c.json)
        } catch {
            #expect(HelmYAML.message(error) == c.error)
        }
    }

    @Test(arguments: OracleCases.file.split)
    func splitManifests(_ c: OracleCases.Split) {
        #expect(HelmYAML.splitManifests(c.src) == c.docs)
    }

    @Test(arguments: OracleCases.file.chartFields)
    func chartStringFields(_ c: OracleCases.ChartField) throws {
        let m = try HelmYAML.decode(c.src, schema: .chartMetadata).mapValue!
        #expect((m["appVersion"]?.stringValue ?? "") == c.appVersion)
        #expect((m["description"]?.stringValue ?? "") == c.description)
    }

    /// Helm splits the rendered file first; each document's head must decode.
    @Test(arguments: OracleCases.file.heads)
    func manifestHeads(_ c: OracleCases.Head) {
        var failure: String?
        for doc in HelmYAML.splitManifests(c.src) where failure == nil {
            do { _ = try HelmYAML.simpleHead(doc) } catch { failure = HelmYAML.message(error) }
        }
        #expect(failure == c.error)
    }
}
