import GoValue

/// What rendering needs from the values layer, as one replaceable step, so the
/// engine can be tested with plain values maps.
public struct ValuesSeam: Sendable {
    /// The coalesced values tree and the log lines to print on stderr.
    public struct Prepared: Sendable {
        public var values: GoMap
        public var warnings: [String]
        public init(values: GoMap, warnings: [String] = []) {
            self.values = values
            self.warnings = warnings
        }
    }

    /// Applies conditions, tags and import-values to `chart` (pruning disabled subcharts)
    /// and returns the coalesced values; validates schemas unless told not to.
    public var prepare: @Sendable (_ chart: inout Chart, _ userValues: GoMap, _ skipSchemaValidation: Bool) throws -> Prepared

    public init(prepare: @escaping @Sendable (inout Chart, GoMap, Bool) throws -> Prepared) {
        self.prepare = prepare
    }

    /// Helm's pipeline: `ChartKit/Values`' `Coalescer.process`.
    public static let helm = ValuesSeam { chart, user, skipSchema in
        let result = try Coalescer.process(chart: &chart, userValues: user, validateSchema: !skipSchema)
        return Prepared(values: result.values, warnings: result.warnings.map(\.description))
    }

    /// User values as they are, no chart defaults: for engine tests that want full control.
    public static let userOnly = ValuesSeam { _, user, _ in Prepared(values: user) }
}
