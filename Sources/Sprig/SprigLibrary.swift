import GoValue

/// The Sprig function library as Helm installs it (Sprig's `TxtFuncMap`).
public enum SprigLibrary {
    /// Every Sprig function, keyed by its template name.
    ///
    /// `environment` pins the clock and the random source so tests can be repeatable.
    public static func functions(environment: SprigEnvironment = .live) -> [String: GoFunction] {
        var all: [String: GoFunction] = [:]
        let families: [[String: GoFunction]] = [
            SprigStrings.functions(environment),
            SprigLists.functions(environment),
            SprigDicts.functions(environment),
            SprigMath.functions(environment),
            SprigConversion.functions(environment),
            SprigDefaults.functions(environment),
            SprigReflection.functions(environment),
            SprigEncoding.functions(environment),
            SprigRegex.functions(environment),
            SprigSemver.functions(environment),
            SprigDates.functions(environment),
            SprigNetwork.functions(environment),
            SprigCrypto.functions(environment),
        ]
        for family in families { all.merge(family) { _, new in new } }
        return all
    }
}
