import GoValue

/// `tpl` failed while running its text; keeps the inner error so `required`/`fail`
/// inside it still reach `RenderError` as structure.
struct TplExecutionError: Error, CustomStringConvertible, @unchecked Sendable {
    /// The template text `tpl` was given.
    let text: String
    /// What executing it threw.
    let underlying: any Error

    var description: String {
        "error during tpl function execution for \(GoFmt.quote(text)): \(underlying)"
    }
}
