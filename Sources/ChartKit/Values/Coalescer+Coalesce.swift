import GoValue

extension Coalescer {
    static func concatPrefix(_ a: String, _ b: String) -> String { a.isEmpty ? b : "\(a).\(b)" }

    static func coalesce(_ chart: Chart, _ dest: GoMap, prefix: String, merge: Bool,
                         warnings: inout [ValuesWarning]) throws -> GoMap {
        coalesceChartValues(chart, dest, prefix: prefix, merge: merge, warnings: &warnings)
        return try coalesceDependencies(chart, dest, prefix: prefix, merge: merge, warnings: &warnings)
    }

    /// Each subchart's section gets the parent's globals and is coalesced with the subchart.
    static func coalesceDependencies(_ chart: Chart, _ dest: GoMap, prefix: String, merge: Bool,
                                     warnings: inout [ValuesWarning]) throws -> GoMap {
        for sub in chart.dependencies {
            let name = sub.name
            if let existing = dest[name] {
                if !ValueMerge.isTable(existing) {
                    throw ValuesError.subchartTypeMismatch(name: name, value: goBoolVerb(existing))
                }
            } else {
                dest[name] = .map(GoMap())
            }
            guard let section = ValueMerge.table(dest[name]) else { continue }
            let subPrefix = concatPrefix(prefix, chart.name)
            coalesceGlobals(into: section, from: dest, prefix: subPrefix, warnings: &warnings)
            dest[name] = .map(try coalesce(sub, section, prefix: subPrefix, merge: merge, warnings: &warnings))
        }
        return dest
    }

    /// Chart defaults under the given values: missing keys are copied, maps merge,
    /// a null deletes the default (unless merging).
    static func coalesceChartValues(_ chart: Chart, _ v: GoMap, prefix: String, merge: Bool,
                                    warnings: inout [ValuesWarning]) {
        let subPrefix = concatPrefix(prefix, chart.name)
        let defaults = ValueMerge.deepCopy(chart.values)
        for key in defaults.sortedKeys {
            let val = defaults[key]!
            if let value = v[key] {
                if value.isNil && !merge {
                    v[key] = nil
                } else if let dest = ValueMerge.table(value) {
                    if let src = ValueMerge.table(val) {
                        let childMerge = chart.dependencies.contains { $0.name == key } ? true : merge
                        coalesceTables(dest, src, prefix: concatPrefix(subPrefix, key), merge: childMerge, warnings: &warnings)
                    } else if !val.isNil {
                        warnings.append(ValuesWarning(.info, "warning: skipped value for \(subPrefix).\(key): Not a table."))
                    }
                }
            } else {
                v[key] = val
            }
        }
    }

    /// Helm's `coalesceTablesFullKey`: `src` under `dst`, `dst` authoritative.
    @discardableResult
    static func coalesceTables(_ dst: GoMap, _ src: GoMap, prefix: String, merge: Bool,
                               warnings: inout [ValuesWarning]) -> GoMap {
        var srcOriginalNonNil = Set<String>()
        for (key, val) in src.entries where !val.isNil { srcOriginalNonNil.insert(key) }
        for (key, val) in dst.entries where val.isNil { src[key] = .nil }
        for key in src.sortedKeys {
            let val = src[key]!
            let fullKey = concatPrefix(prefix, key)
            let dv = dst[key]
            if let dv, !merge, dv.isNil, srcOriginalNonNil.contains(key) {
                dst[key] = nil
            } else if dv == nil {
                dst[key] = val
            } else if let srcTable = ValueMerge.table(val) {
                if let dstTable = ValueMerge.table(dv) {
                    coalesceTables(dstTable, srcTable, prefix: fullKey, merge: merge, warnings: &warnings)
                } else {
                    warnings.append(ValuesWarning(.info, "warning: cannot overwrite table with non table for \(fullKey) (\(GoFmt.formatValue(val)))"))
                }
            } else if ValueMerge.isTable(dv), !val.isNil {
                warnings.append(ValuesWarning(.info, "warning: destination for \(fullKey) is a table. Ignoring non-table value (\(GoFmt.formatValue(val)))"))
            }
        }
        return dst
    }

    /// Helm's `CoalesceTables` (nulls in `dst` delete `src` keys).
    public static func coalesceTables(_ dst: GoMap, _ src: GoMap, warnings: inout [ValuesWarning]) -> GoMap {
        coalesceTables(dst, src, prefix: "", merge: false, warnings: &warnings)
    }

    /// Helm's `MergeTables` (nulls kept).
    public static func mergeTables(_ dst: GoMap, _ src: GoMap, warnings: inout [ValuesWarning]) -> GoMap {
        coalesceTables(dst, src, prefix: "", merge: true, warnings: &warnings)
    }

    /// Go's `%t` of a value, as the type-mismatch error prints it: `%!t(string=x)`, applied
    /// element by element (keys too) inside slices and maps; nil elements print `<nil>`.
    static func goBoolVerb(_ v: GoValue, nested: Bool = false) -> String {
        switch v {
        case .bool(let b): return b ? "true" : "false"
        case .nil: return nested ? "<nil>" : "%!t(<nil>)"
        case .slice(let s): return "[" + s.elements.map { goBoolVerb($0, nested: true) }.joined(separator: " ") + "]"
        case .map(let m):
            return "map[" + m.sortedKeys.map { goBoolVerb(.string($0), nested: true) + ":" + goBoolVerb(m[$0]!, nested: true) }
                .joined(separator: " ") + "]"
        default:
            return "%!t(\(v.type.map { "\($0)" } ?? "")=\(GoFmt.formatValue(v)))"
        }
    }
}
