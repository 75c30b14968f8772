import GoValue

extension Coalescer {
    static let globalKey = "global"

    /// Copies the parent's `global` into a subchart's section: parent globals win,
    /// the subchart's own globals fill gaps. Nested global maps are copied one level
    /// deep only, as Helm does, so deeper maps stay shared with the parent.
    static func coalesceGlobals(into dest: GoMap, from src: GoMap, prefix: String, warnings: inout [ValuesWarning]) {
        let dg: GoMap
        if let existing = dest[globalKey] {
            guard let table = ValueMerge.table(existing) else {
                warnings.append(ValuesWarning(.info, "warning: skipping globals because destination global is not a table."))
                return
            }
            dg = table
        } else {
            dg = GoMap()
        }
        let sg: GoMap
        if let existing = src[globalKey] {
            guard let table = ValueMerge.table(existing) else {
                warnings.append(ValuesWarning(.info, "warning: skipping globals because source global is not a table."))
                return
            }
            sg = table
        } else {
            sg = GoMap()
        }
        for key in sg.sortedKeys {
            let val = sg[key]!
            if let table = ValueMerge.table(val) {
                let vv = GoMap(table.entries)
                if let destValue = dg[key] {
                    if let destTable = ValueMerge.table(destValue) {
                        coalesceTables(vv, destTable, prefix: concatPrefix(prefix, key), merge: true, warnings: &warnings)
                        dg[key] = .map(vv)
                    } else {
                        warnings.append(ValuesWarning(.info, "Conflict: cannot merge map onto non-map for \(goQuote(key)). Skipping."))
                    }
                } else {
                    dg[key] = .map(vv)
                }
            } else if ValueMerge.isTable(dg[key]) {
                warnings.append(ValuesWarning(.info, "key \(key) is table. Skipping"))
            } else {
                dg[key] = val
            }
        }
        dest[globalKey] = .map(dg)
    }
}
