import GoValue

/// Sprig's conversion functions.
enum SprigConversion {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
