/// The failure raised by `required` and `fail`: Helm reports it as
/// `execution error at (FILE:LINE:COL): MESSAGE`, not in Go's template layout.
///
/// Go's executor only carries text through `error calling NAME: ...`, so the message
/// travels between two markers that `RenderError` looks for, as Helm itself does.
enum HelmFunctionError {
    static let start = "HELM_ERR_START"
    static let end = "HELM_ERR_END"

    static func wrap(_ message: String) -> String { start + message + end }

    /// The message between the first start marker and the last end marker, if any.
    static func unwrap(_ text: String) -> String? {
        guard let s = text.range(of: start), let e = text.range(of: end, options: .backwards),
              s.upperBound <= e.lowerBound else { return nil }
        return String(text[s.upperBound..<e.lowerBound])
    }
}
