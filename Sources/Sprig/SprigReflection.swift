import GoValue

/// Sprig's reflection functions.
enum SprigReflection {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
