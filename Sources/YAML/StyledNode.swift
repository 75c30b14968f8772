/// A YAML node that remembers how it was written (scalar quoting, flow or block
/// collections, anchors, explicit tags), so a document can be read, edited and written
/// back the way kustomize's kyaml (go-yaml v3 nodes) does for Helm's post-renderers,
/// comments included (libyaml does not report them; `StyledYAML` finds them itself).
public final class StyledNode {
    public enum Kind: Sendable { case scalar, mapping, sequence, alias }
    /// How a scalar was quoted, or whether a collection was written in flow style.
    public enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded, flow, block }

    public var kind: Kind
    public var style: Style
    /// Scalar text, or the anchor an alias names.
    public var value: String
    public var anchor: String?
    /// An explicit tag as written (`!!binary`), nil when implicit.
    public var tag: String?
    /// Mapping children alternate key, value.
    public var children: [StyledNode]

    /// Whole-line comments written before this mapping key or sequence item (`#` included).
    var headComments: [String] = []
    /// The comment after this node on its last line.
    var lineComment: String?
    /// Comments after the last entry of this block collection, still indented inside it.
    var footComments: [String] = []
    /// For a document root: comment lines (and single blank lines, as "") before its content,
    /// and comments after it that belong to no block.
    var documentHead: [String] = []
    var documentFoot: [String] = []
    /// Where the node was read: 0-based lines and column of its first character, line of its end.
    var startLine = -1, startColumn = -1, endLine = -1, endColumn = -1
    /// For a sequence item's value: the column of its `-` in the input.
    var dashColumn = -1

    public init(kind: Kind, style: Style, value: String = "", anchor: String? = nil, tag: String? = nil,
                children: [StyledNode] = []) {
        self.kind = kind
        self.style = style
        self.value = value
        self.anchor = anchor
        self.tag = tag
        self.children = children
    }

    /// A new scalar, e.g. the single-quoted annotation value kyaml writes.
    public static func scalar(_ value: String, _ style: Style = .plain) -> StyledNode {
        StyledNode(kind: .scalar, style: style, value: value)
    }

    /// A new empty block mapping.
    public static func mapping() -> StyledNode { StyledNode(kind: .mapping, style: .block) }

    /// The value under a plain key of a mapping.
    public func value(forKey key: String) -> StyledNode? {
        guard kind == .mapping else { return nil }
        var i = 0
        while i + 1 < children.count {
            if children[i].kind == .scalar && children[i].value == key { return children[i + 1] }
            i += 2
        }
        return nil
    }

    /// Sets `key` (appended when new, as kyaml's field setter does).
    public func set(_ key: String, _ value: StyledNode) {
        var i = 0
        while i + 1 < children.count {
            if children[i].kind == .scalar && children[i].value == key {
                children[i + 1] = value
                return
            }
            i += 2
        }
        children.append(.scalar(key))
        children.append(value)
    }

    /// Removes `key`; true when it was there.
    @discardableResult
    public func remove(_ key: String) -> Bool {
        var i = 0
        while i + 1 < children.count {
            if children[i].kind == .scalar && children[i].value == key {
                children.removeSubrange(i...(i + 1))
                return true
            }
            i += 2
        }
        return false
    }

    /// Whether this scalar is YAML's null (an empty document reads as one).
    public var isNull: Bool {
        guard kind == .scalar, style == .plain, tag == nil else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(value)
    }
}
