import GoValue

/// Sprig's network functions.
enum SprigNetwork {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
