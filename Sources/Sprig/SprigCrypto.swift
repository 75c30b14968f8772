import GoValue

/// Sprig's crypto functions.
enum SprigCrypto {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
