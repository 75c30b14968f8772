import GoValue

/// values.schema.json validation for a chart and its enabled subcharts.
public enum SchemaCheck {
    /// Throws `ValuesError.schema` listing every chart whose values break its schema.
    public static func validate(chart: Chart, values: GoMap) throws {
    }
}
