import GoValue

/// Sprig's encoding functions.
enum SprigEncoding {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
