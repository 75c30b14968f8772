import GoValue

/// Helm's `Values.Table` and `Values.PathValue`: dotted lookups that conditions,
/// tags and import-values use.
enum ValuesPath {
    /// The table at a dotted path, or nil (Helm's `ErrNoTable`).
    static func table(_ values: GoMap, _ path: String) -> GoMap? {
        var current = values
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let next = ValueMerge.table(current[String(part)]) else { return nil }
            current = next
        }
        return current
    }

    /// The non-table value at a dotted path, or nil when there is none (Helm's `ErrNoValue`).
    static func value(_ values: GoMap, _ path: String) -> GoValue? {
        var parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let key = parts.removeLast()
        let holder: GoMap?
        if parts.isEmpty {
            holder = values
        } else {
            holder = table(values, parts.joined(separator: "."))
        }
        guard let holder, let v = holder[key], !ValueMerge.isTable(v) else { return nil }
        return v
    }

    /// Helm's `ErrNoTable` text for a failed `table` lookup: it names the first missing step.
    static func missingTableMessage(_ values: GoMap, _ path: String) -> String {
        var current = values
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let next = ValueMerge.table(current[String(part)]) else { return "\(goQuote(String(part))) is not a table" }
            current = next
        }
        return ""
    }
}
