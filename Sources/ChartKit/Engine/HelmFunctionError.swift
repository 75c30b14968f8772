/// The failure raised by `required` and `fail`: Helm reports it as
/// `execution error at (FILE:LINE:COL): MESSAGE`, not in Go's template layout.
///
/// `RenderError` finds it by walking the error chain; its text keeps Helm's markers
/// because Go's `err.Error()` (what Helm v3 and `tpl` print) contains them.
struct HelmFunctionError: Error, CustomStringConvertible, Sendable {
    /// The user's message, as passed to `required` or `fail`.
    let message: String

    var description: String { "HELM_ERR_START" + message + "HELM_ERR_END" }
}
