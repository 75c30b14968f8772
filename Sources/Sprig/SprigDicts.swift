import GoValue

/// Sprig's dicts functions.
enum SprigDicts {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
