import Testing
import GoValue
@testable import YAML

/// Hand-checked examples from HELM-NOTES that pin the basic shapes.
@Suite struct HelmYAMLSmokeTests {
    @Test func decodesNumbersAsFloat64AndYAML11Bools() throws {
        let v = try HelmYAML.decode("a: 1\nb: [x, 2]\nc: 1.5\nd: yes\ne: 1000000\n")
        #expect(try HelmYAML.marshalJSON(v) == #"{"a":1,"b":["x",2],"c":1.5,"d":true,"e":1000000}"#)
    }

    @Test func toYamlShapes() throws {
        let v = try HelmYAML.decode("m: {zeta: 1, list: [a, [x, y], {k: v, k2: v2}, {}, [], null], b: true, emptyMap: {}, emptyList: [], nul: null}")
        let list = v.mapValue!["m"]!.mapValue!["list"]!
        #expect(HelmYAML.toYAML(list) == "- a\n- - x\n  - true\n- k: v\n  k2: v2\n- {}\n- []\n- null")
    }

    @Test func literalBlocks() {
        #expect(HelmYAML.toYAML(.string("line1\nline2")) == "|-\n  line1\n  line2")
        #expect(HelmYAML.toYAML(.string("line1\n\n")) == "|+\n  line1\n")
        #expect(HelmYAML.toYAML(.dict(["line1\nline2": .int(1)])) == "? |-\n  line1\n  line2\n: 1")
        #expect(HelmYAML.toYAML(.string("\u{FEFF}x")) == "\"\\uFEFF\\x78\"")
    }

    @Test func errorsInBand() {
        #expect(HelmYAML.toJSON(HelmYAML.fromYAML("a: [")) == #"{"Error":"error converting YAML to JSON: yaml: line 1: did not find expected node content"}"#)
        #expect(HelmYAML.toJSON(HelmYAML.fromYAML("- a\n- b")) == #"{"Error":"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}"}"#)
        #expect(HelmYAML.toJSON(HelmYAML.fromJSON("{")) == #"{"Error":"unexpected end of JSON input"}"#)
    }
}
