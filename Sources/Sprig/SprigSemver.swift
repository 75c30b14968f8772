import GoValue

/// Sprig's semver functions, over Masterminds/semver v3 semantics.
enum SprigSemver {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        [
            "semver": GoFunction([.string], result: SemverVersionObject.pointerType) { args in
                .object(SemverVersionObject(try parseVersion(args[0])))
            },
            "semverCompare": GoFunction([.string, .string], result: .bool) { args in
                let constraint: SemverConstraint
                do throws(SemverError) { constraint = try SemverConstraint(parsing: args[0].stringValue ?? "") } catch {
                    throw GoCallError(error.description)
                }
                return .bool(constraint.isSatisfied(by: try parseVersion(args[1])))
            },
        ]
    }

    private static func parseVersion(_ arg: GoValue) throws -> SemanticVersion {
        do throws(SemverError) { return try SemanticVersion(parsing: arg.stringValue ?? "") } catch {
            throw GoCallError(error.description)
        }
    }
}
