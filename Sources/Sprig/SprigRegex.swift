import GoValue

/// Sprig's regex functions.
enum SprigRegex {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
