import Foundation
import GoValue

extension ChartLinter.Run {
    /// Helm's `ValuesWithOverrides`: values.yaml parses, and with the overrides on top it meets
    /// the chart's own values.schema.json (subcharts are not looked at here).
    mutating func valuesFile() {
        let file = "values.yaml"
        guard let data = read(file) else {
            rule(.info, file, "file does not exist")
            return
        }
        let values: GoMap
        do { values = try ValuesFile.load(data, fileName: file) } catch {
            var text = "\(error)"
            for prefix in ["cannot load values.yaml: ", "cannot unmarshal yaml document: "] where text.hasPrefix(prefix) {
                text.removeFirst(prefix.count)
            }
            rule(.error, file, "unable to parse YAML: \(text)")
            return
        }
        let merged = Self.coalesceTables(ValueMerge.deepCopy(linter.values), values)
        guard let schema = read("values.schema.json"), !schema.isEmpty, !linter.skipSchemaValidation else { return }
        rule(.error, file, SchemaCheck.validateSingle(values: merged, schema: schema))
    }

    /// Helm's `CoalesceTables(dst, src)`: keys of `src` fill what `dst` lacks, tables merge deeply.
    static func coalesceTables(_ dst: GoMap, _ src: GoMap) -> GoMap {
        for (key, value) in src.entries {
            guard let existing = dst.entries[key] else { dst.entries[key] = value; continue }
            if case .map(let d) = existing, case .map(let s) = value { _ = coalesceTables(d, s) }
        }
        return dst
    }
}
