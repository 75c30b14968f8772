import Foundation
import GoTemplate
import GoValue
import Testing

/// A JSON document as Helm turns values.yaml into Go values: numbers are float64,
/// objects are map[string]interface{}, arrays []interface{}.
enum JSONValue: Decodable, Sendable {
    case null, bool(Bool), number(Double), string(String)
    case array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null; return }
        if let b = try? c.decode(Bool.self) { self = .bool(b); return }
        if let d = try? c.decode(Double.self) { self = .number(d); return }
        if let s = try? c.decode(String.self) { self = .string(s); return }
        if let a = try? c.decode([JSONValue].self) { self = .array(a); return }
        self = .object(try c.decode([String: JSONValue].self))
    }

    var goValue: GoValue {
        switch self {
        case .null: return .nil
        case .bool(let b): return .bool(b)
        case .number(let d): return .float64(d)
        case .string(let s): return .string(s)
        case .array(let a): return .list(a.map(\.goValue))
        case .object(let o): return .dict(o.mapValues(\.goValue))
        }
    }
}

/// One case of testdata/template/conformance.json (expected results from Helm v4).
struct ConformanceCase: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var template: String
    var values: JSONValue?
    var output: String?
    var error: String?
    var errorKind: String?
    /// The case calls Sprig functions; the test registers `SprigStandIns`.
    var functions: Bool?

    var testDescription: String { name }
}

struct ConformanceFile: Decodable, Sendable {
    var templateName: String
    var defaultValues: JSONValue
    var cases: [ConformanceCase]

    static let shared: ConformanceFile = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("testdata/template/conformance.json")
        do {
            return try JSONDecoder().decode(ConformanceFile.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot load \(url.path): \(error)")
        }
    }()
}

/// Helm's cleanupParseError: `parse error at (LOCATION): LAST-PART-OF-GO-MESSAGE`.
func helmParseError(_ goMessage: String) -> String {
    let tokens = goMessage.components(separatedBy: ": ")
    guard tokens.count > 1 else { return "parse error in (?): \(goMessage)" }
    return "parse error at (\(tokens[1])): \(tokens[tokens.count - 1])"
}

/// Renders a case the way Helm does: missingkey=zero, data {Values: ...}, `<no value>` removed.
func renderLikeHelm(_ c: ConformanceCase, file: ConformanceFile) -> (output: String?, error: String?) {
    let set = TemplateSet(functions: c.functions == true ? SprigStandIns.functions : [:], missingKey: .zero)
    let values = (c.values ?? file.defaultValues).goValue
    do {
        try set.parse(name: file.templateName, text: c.template)
        let out = try set.execute(name: file.templateName, data: .dict(["Values": values]))
        return (out.replacingOccurrences(of: "<no value>", with: ""), nil)
    } catch let e as TemplateError {
        return (nil, e.kind == .parse ? helmParseError(e.description) : e.description)
    } catch {
        return (nil, "unexpected error type: \(error)")
    }
}

@Suite struct ConformanceTests {
    @Test("Helm v4 conformance", arguments: ConformanceFile.shared.cases)
    func conformance(_ c: ConformanceCase) {
        let got = renderLikeHelm(c, file: ConformanceFile.shared)
        if let expected = c.output {
            #expect(got.error == nil, "unexpected error for \(c.name)")
            #expect(got.output == expected)
        } else {
            #expect(got.output == nil, "expected an error for \(c.name)")
            #expect(got.error == c.error)
        }
    }

    @Test func tableIsLargeAndCoversErrors() {
        let cases = ConformanceFile.shared.cases
        #expect(cases.count >= 350)
        #expect(cases.filter { $0.errorKind == "parse" }.count >= 50)
        #expect(cases.filter { $0.errorKind == "exec" }.count >= 50)
    }
}
