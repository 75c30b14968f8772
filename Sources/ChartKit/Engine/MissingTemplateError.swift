import GoValue

/// `include` of a name the set does not hold; Helm lays it out as its own frame.
struct MissingTemplateError: Error, CustomStringConvertible, Sendable {
    /// The name `include` was asked for.
    let name: String
    /// The set's root template, which Go names in the message.
    let root: String

    var description: String {
        "template: no template \(GoFmt.quote(name)) associated with template \(GoFmt.quote(root))"
    }
}
