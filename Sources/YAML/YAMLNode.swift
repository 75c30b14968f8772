/// One node of a parsed YAML document, as go-yaml v2's parser builds it before decoding.
///
/// Aliases point at the node their anchor named when the alias was read, so a later
/// redefinition of the anchor does not change earlier aliases (go-yaml's behaviour).
final class YAMLNode {
    enum Kind { case scalar, mapping, sequence, alias }

    let kind: Kind
    /// 0-based line of the node's first character.
    let line: Int
    /// The resolved tag (`tag:yaml.org,2002:str`) or "" when none was written.
    var tag: String = ""
    /// Scalar text, or the anchor name of an alias.
    var value: String = ""
    /// True for plain scalars (libyaml's `plain_implicit`).
    var implicit: Bool = false
    var children: [YAMLNode] = []
    /// For an alias, the node its anchor named.
    unowned(unsafe) var target: YAMLNode?
    /// Set while an alias is being decoded, to catch an anchor that contains itself.
    var expanding = false

    init(kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }
}
