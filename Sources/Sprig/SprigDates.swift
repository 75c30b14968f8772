import GoValue

/// Sprig's dates functions.
enum SprigDates {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
