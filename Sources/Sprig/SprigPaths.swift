import GoValue

/// Sprig's path functions: `base dir clean ext isAbs` (Go's `path`) and their
/// `os*` twins (Go's `path/filepath`, the same rules on the Linux Helm runs on).
enum SprigPaths {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        var all: [String: GoFunction] = [:]
        for prefix in ["", "os"] {
            func name(_ base: String) -> String {
                prefix.isEmpty ? base : prefix + base.prefix(1).uppercased() + base.dropFirst()
            }
            all[name("base")] = SprigEncoding.unary(GoPath.base)
            all[name("dir")] = SprigEncoding.unary(GoPath.dir)
            all[name("clean")] = SprigEncoding.unary(GoPath.clean)
            all[name("ext")] = SprigEncoding.unary(GoPath.ext)
            all[name("isAbs")] = GoFunction([.string], result: .bool) { args in
                .bool(GoPath.isAbs(MiscArgument.string(args[0])))
            }
        }
        return all
    }
}
