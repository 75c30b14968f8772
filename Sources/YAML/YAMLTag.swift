/// The YAML 1.1 core tags go-yaml v2 resolves plain scalars to.
enum YAMLTag {
    static let prefix = "tag:yaml.org,2002:"
    static let str = prefix + "str"
    static let bool = prefix + "bool"
    static let int = prefix + "int"
    static let float = prefix + "float"
    static let null = prefix + "null"
    static let timestamp = prefix + "timestamp"
    static let binary = prefix + "binary"
    static let merge = prefix + "merge"
    static let seq = prefix + "seq"
    static let map = prefix + "map"

    /// `!!str` for `tag:yaml.org,2002:str`, as go-yaml prints tags in errors.
    static func short(_ tag: String) -> String {
        tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}
