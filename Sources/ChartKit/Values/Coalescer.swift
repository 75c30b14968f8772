import GoValue

/// Helm's values pipeline for one render: dependency processing (conditions, tags,
/// aliases, import-values), coalescing user values over chart defaults and globals,
/// and the values.schema.json check.
public enum Coalescer {
    /// The outcome of `process`: the values tree templates see and the warnings to print.
    public struct Result: Sendable {
        /// The top-level `.Values`; each enabled subchart's view is the section under its name.
        public var values: GoMap
        /// Warnings in the order Helm logs them.
        public var warnings: [ValuesWarning]
    }

    /// What `helm template`/`install` do with values: `ProcessDependencies`, then
    /// `CoalesceValues`, then schema validation. `chart` comes back with disabled
    /// subcharts pruned, aliased subcharts renamed, and import-values applied to its defaults.
    /// Warnings logged before a failure are lost here; use the `warnings:` form to keep them.
    public static func process(chart: inout Chart, userValues: GoMap, validateSchema: Bool = true) throws -> Result {
        var warnings: [ValuesWarning] = []
        let values = try process(chart: &chart, userValues: userValues, validateSchema: validateSchema, warnings: &warnings)
        return Result(values: values, warnings: warnings)
    }

    /// `process`, appending each warning to `warnings` as Helm logs it, so that a caller
    /// can print them before the error when a later step fails (Helm prints both).
    public static func process(chart: inout Chart, userValues: GoMap, validateSchema: Bool,
                               warnings: inout [ValuesWarning]) throws -> GoMap {
        do {
            try processDependencies(&chart, values: userValues, warnings: &warnings)
        } catch let error as ValuesError {
            throw ValuesError.dependencyProcessing(detail: error.description)
        }
        let values = try coalesceValues(chart, userValues, warnings: &warnings)
        if validateSchema {
            try SchemaCheck.validate(chart: chart, values: values)
        }
        return values
    }

    /// The values a subchart's templates see, given its parent's values (its own section).
    public static func subchartValues(_ parentValues: GoMap, name: String) -> GoMap {
        ValueMerge.table(parentValues[name]) ?? GoMap()
    }

    /// Helm's `CoalesceValues`: user values over chart defaults, nulls delete defaults,
    /// subcharts get their sections and the globals. `values` is not modified.
    public static func coalesceValues(_ chart: Chart, _ values: GoMap, warnings: inout [ValuesWarning]) throws -> GoMap {
        let copy = ValueMerge.deepCopy(values)
        return try coalesce(chart, copy, prefix: "", merge: false, warnings: &warnings)
    }

    /// Helm's `MergeValues`: like `coalesceValues` but nulls are kept.
    public static func mergeValues(_ chart: Chart, _ values: GoMap, warnings: inout [ValuesWarning]) throws -> GoMap {
        let copy = ValueMerge.deepCopy(values)
        return try coalesce(chart, copy, prefix: "", merge: true, warnings: &warnings)
    }
}
