import GoValue

/// Sprig's lists functions.
enum SprigLists {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [:]
    }
}
