/// How templates treat missing values and failing `required`/`fail` calls.
public struct RenderOptions: Sendable {
    /// Missing map keys are errors (`missingkey=error`), for `lint --strict`.
    public var strict: Bool
    /// `required` and `fail` do not stop rendering (lint).
    public var lintMode: Bool

    public init(strict: Bool = false, lintMode: Bool = false) {
        self.strict = strict
        self.lintMode = lintMode
    }
}
