import GoValue

/// Sprig's strings functions.
enum SprigStrings {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
