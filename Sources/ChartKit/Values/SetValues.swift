import GoValue

/// The `--set` family's parser (Helm's strvals): one flag value such as
/// `a.b=1,c[0]=x` written into a values map.
public enum SetValues {
    /// Parses `line` into `values` (which may already hold `-f` values), as the given flag does.
    /// Throws `ValuesError` with Helm's text (`failed parsing --set data: key "a" has no value`).
    public static func parse(_ line: String, into values: GoMap, kind: SetKind) throws {
        if case .json = kind {
            let trimmed = line.trimmingGoSpace()
            if trimmed.hasPrefix("{") {
                // Helm v4 merges a bare JSON object into the values instead of reading keys.
                guard case .map(let object)? = try? GoJSONDecoder.decodeDocument(trimmed) else {
                    throw ValuesError.setJSON(line: line, bareObject: true)
                }
                values.entries = ValueMerge.mergeMaps(values, object).entries
                return
            }
        }
        var parser = SetValuesParser(line, kind: kind)
        if let failure = parser.parse(into: values) {
            if case .json = kind { throw ValuesError.setJSON(line: line, bareObject: false) }
            throw ValuesError.setParse(flag: kind.flagName, detail: failure.message)
        }
    }

    /// Parses `line` into a new map (Helm's `strvals.Parse` family).
    public static func parse(_ line: String, kind: SetKind) throws -> GoMap {
        let values = GoMap()
        try parse(line, into: values, kind: kind)
        return values
    }
}
