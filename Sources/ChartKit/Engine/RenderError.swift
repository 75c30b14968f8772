import GoTemplate

/// A failure while rendering a chart's templates, laid out as Helm v4 prints it.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    /// The text after `Error: ` (before Helm's `--debug` hint).
    public var message: String

    public init(message: String) { self.message = message }

    public var description: String { message }

    /// Helm's `cleanupParseError`: `parse error at (FILE:LINE): LAST-PART`, where the last
    /// part is what follows the message's final `: ` (Helm keeps only that).
    static func parse(file: String, error: any Error) -> RenderError {
        guard let e = error as? TemplateError, e.kind == .parse else {
            return RenderError(message: "parse error in (\(file)): \(error)")
        }
        let last = e.message.components(separatedBy: ": ").last ?? e.message
        return RenderError(message: "parse error at (\(e.file):\(e.line)): \(last)")
    }

    /// Helm v4's `reformatExecErrorMsg`: `required`/`fail` become `execution error at`,
    /// chains of pure template errors become indented blocks, anything else stays on one line.
    static func execution(file: String, error: any Error) -> RenderError {
        guard let top = error as? TemplateError, let location = TraceFrame.location(of: top) else {
            // Not an error Go lays out with a location (Helm's three-part check fails).
            return RenderError(message: "execution error in (\(file)): \(error)")
        }
        if let helm = helmFunctionError(in: top) {
            return RenderError(message: "execution error at (\(location)): \(helm.message)")
        }
        var frames: [TraceFrame] = []
        var current: (any Error)? = top
        while let e = current {
            guard let frame = TraceFrame(e) else { return RenderError(message: "\(top)") }
            if frames.last != frame { frames.append(frame) }
            current = (e as? TemplateError)?.underlying
        }
        let joined = frames.map(\.text).joined()
        return RenderError(message: joined.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The `required`/`fail` failure anywhere down the chain (through `include` and `tpl`).
    private static func helmFunctionError(in error: any Error) -> HelmFunctionError? {
        var current: (any Error)? = error
        while let e = current {
            if let found = e as? HelmFunctionError { return found }
            switch e {
            case let t as TemplateError: current = t.underlying
            case let t as TplExecutionError: current = t.underlying
            default: current = nil
            }
        }
        return nil
    }
}
