/// How templates treat missing values and failing `required`/`fail` calls.
public struct RenderOptions: Sendable {
    /// Missing map keys are errors (`missingkey=error`), for `lint --strict`.
    public var strict: Bool
    /// `required` and `fail` do not stop rendering (lint).
    public var lintMode: Bool
    /// `getHostByName` asks DNS (`--enable-dns`); otherwise it returns "" as Helm's does.
    public var enableDNS: Bool
    /// The parsed templates are kept until the process exits instead of being freed after the
    /// render: a command that exits right after printing saves taking apart every tree
    /// (about 5% of rendering a large chart). Off for library use and tests.
    public var keepTemplatesUntilExit = false

    public init(strict: Bool = false, lintMode: Bool = false, enableDNS: Bool = false) {
        self.strict = strict
        self.lintMode = lintMode
        self.enableDNS = enableDNS
    }
}
