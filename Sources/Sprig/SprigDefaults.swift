import GoValue

/// Sprig's defaults functions.
enum SprigDefaults {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
