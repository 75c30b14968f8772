import GoValue

/// Sprig's math functions.
enum SprigMath {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
