import Testing
import Foundation
import GoValue
@testable import YAML

/// Alias expansion and nesting limits: hostile input fails fast with a clear error.
@Suite struct HelmYAMLLimitTests {
    static let bomb: String = {
        var s = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
        var prev = "a"
        for n in names {
            s += "\(n): &\(n) [" + Array(repeating: "*\(prev)", count: 9).joined(separator: ",") + "]\n"
            prev = n
        }
        return s
    }()

    @Test func billionLaughsIsRejectedQuickly() {
        #expect(Self.bomb.utf8.count < 1024)
        let start = Date()
        #expect(throws: YAMLError(message: "error converting YAML to JSON: yaml: document contains excessive aliasing")) {
            try HelmYAML.decode(Self.bomb)
        }
        #expect(Date().timeIntervalSince(start) < 0.1)
    }

    @Test func deepNestingDecodesWithoutCrashing() throws {
        let depth = 5000
        let text = "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let v = try HelmYAML.decode(text)
        var cur = v.mapValue!["a"]!
        var seen = 1
        while let s = cur.sliceValue, let first = s.elements.first { cur = first; seen += 1 }
        #expect(seen == depth)
        #expect(try HelmYAML.marshalJSON(v).utf8.count == 2 * depth + 6)
        #expect(try HelmYAML.marshal(v).hasPrefix("a:\n- - - -"))
    }

    @Test func nestingBeyondGoLimitIsAnError() {
        let depth = YAMLParser.maxDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: YAMLError.self) { try HelmYAML.decodeAny(text) }
    }

    @Test func selfReferencingAnchorIsAnError() {
        #expect(HelmYAML.toJSON(HelmYAML.fromYAML("a: &a [1, *a]")) ==
                #"{"Error":"error converting YAML to JSON: yaml: anchor 'a' value contains itself"}"#)
    }
}

/// Guards against accidentally quadratic work on large inputs.
@Suite struct HelmYAMLScaleTests {
    @Test func largeDocumentWithEscapesIsLinear() throws {
        var text = ""
        for i in 0..<20_000 { text += "k\(i): \"a\\\\/b \(i)\"\n" }
        let start = Date()
        let v = try HelmYAML.decode(text)
        #expect(v.mapValue?.count == 20_000)
        #expect(v.mapValue?["k7"]?.stringValue == "a\\/b 7")
        let yaml = HelmYAML.toYAML(v)
        #expect(yaml.hasPrefix("k0: a\\/b 0\nk1: a\\/b 1\nk2:"))
        #expect(Date().timeIntervalSince(start) < 60)  // quadratic work took minutes here
    }
}
