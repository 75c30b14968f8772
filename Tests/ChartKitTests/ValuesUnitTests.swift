import Foundation
import GoValue
import Testing
@testable import ChartKit

/// Behaviour around the oracle table: file reading, formatting helpers, and the
/// API shapes the template command relies on.
struct ValuesUnitTests {
    @Test func setFileReadsRealFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("values-unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("f.txt").path
        try Data("x\ny\n".utf8).write(to: URL(fileURLWithPath: file))
        let values = try ValueOptions(fileValues: ["a=\(file)"]).mergedValues()
        #expect(values["a"]?.stringValue == "x\ny\n")

        let missing = dir.appendingPathComponent("nope.txt").path
        #expect(throws: ValuesError.self) { try ValueOptions(fileValues: ["a=\(missing)"]).mergedValues() }
        do {
            _ = try ValueOptions(fileValues: ["a=\(missing)"]).mergedValues()
        } catch {
            #expect("\(error)" == "failed parsing --set-file data: open \(missing): no such file or directory")
        }
        do {
            _ = try ValueOptions(valueFiles: [missing]).mergedValues()
        } catch {
            #expect("\(error)" == "open \(missing): no such file or directory")
        }
    }

    @Test(arguments: [
        (1.0, "1"), (1e6, "1e+06"), (123456.0, "123456"), (0.0001, "0.0001"), (0.00001, "1e-05"),
        (1.5, "1.5"), (-2.25, "-2.25"), (1e21, "1e+21"), (1234567.0, "1.234567e+06"),
    ])
    func goVerbVFloats(_ value: Double, _ expected: String) {
        #expect(Strconv.formatFloat(value, format: "g", precision: -1, bitSize: 64) == expected)
    }

    @Test func goVerbVCollections() {
        let m = GoValue.dict(["b": .list([.int64(1), .float64(2.5), .nil]), "a": .string("x")])
        #expect(GoFmt.formatValue(m) == "map[a:x b:[1 2.5 <nil>]]")
    }

    @Test(arguments: [
        (123456.0, "123,456"), (1e6, "1×10⁰⁶"), (0.00001, "1×10⁻⁰⁵"), (-2000.0, "-2,000"), (999999.5, "999,999.5"),
    ])
    func printerNumbers(_ value: Double, _ expected: String) {
        #expect(PrinterNumber.float(value) == expected)
    }

    @Test func warningLinesQuoteLikeSlog() {
        let w = ValuesWarning(.warn, "returned non-bool value", [.init("path", "a.b"), .init("chart", "sub")])
        #expect(w.description == #"level=WARN msg="returned non-bool value" path=a.b chart=sub"#)
        let e = ValuesWarning(.warn, "ImportValues missing table", [.init("error", #""x" is not a table"#)])
        #expect(e.description == #"level=WARN msg="ImportValues missing table" error="\"x\" is not a table""#)
        #expect(ValuesError.dependencyProcessing(detail: "type mismatch on sub: %!t(int64=5)").logLines
            == [#"level=ERROR msg="chart dependencies processing failed" error="type mismatch on sub: %!t(int64=5)""#])
    }

    @Test func subchartValuesAreTheParentsSection() throws {
        var parent = Chart(metadata: { var m = ChartMetadata(); m.name = "p"; return m }())
        var subMeta = ChartMetadata()
        subMeta.name = "s"
        parent.dependencies = [Chart(metadata: subMeta, values: GoMap(["own": .string("d")]))]
        let result = try Coalescer.process(chart: &parent, userValues: GoMap(["s": .dict(["x": .int64(1)])]))
        let sub = Coalescer.subchartValues(result.values, name: "s")
        #expect(sub["own"]?.stringValue == "d")
        #expect(sub["global"]?.mapValue != nil)
        #expect(result.values["global"] == nil)
    }

    @Test func coalescingLeavesInputsAlone() throws {
        var chart = Chart(metadata: { var m = ChartMetadata(); m.name = "c"; return m }(),
                          values: GoMap(["m": .dict(["a": .int64(1)])]))
        let user = GoMap(["m": .dict(["b": .int64(2)])])
        _ = try Coalescer.process(chart: &chart, userValues: user)
        #expect(user["m"]?.mapValue?.count == 1)
        #expect(chart.values["m"]?.mapValue?.count == 1)
    }
}
