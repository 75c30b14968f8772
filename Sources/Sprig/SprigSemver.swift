import GoValue

/// Sprig's semver functions.
enum SprigSemver {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
