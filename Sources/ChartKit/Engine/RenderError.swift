import Foundation

/// A failure while rendering a chart's templates, laid out as Helm v4 prints it.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    /// The text after `Error: ` (before Helm's `--debug` hint).
    public var message: String

    public init(message: String) { self.message = message }

    public var description: String { message }

    /// Helm's `cleanupParseError`: `parse error at (FILE:LINE): LAST-PART`.
    static func parse(file: String, goError: String) -> RenderError {
        let tokens = goError.components(separatedBy: ": ")
        if tokens.count == 1 { return RenderError(message: "parse error in (\(file)): \(goError)") }
        return RenderError(message: "parse error at (\(tokens[1])): \(tokens[tokens.count - 1])")
    }

    /// Helm v4's `reformatExecErrorMsg`: `required`/`fail` become `execution error at`,
    /// chains of pure template errors become indented blocks, anything else stays on one line.
    static func execution(file: String, goError: String) -> RenderError {
        let tokens = goError.splitN(": ", 3)
        guard tokens.count == 3 else {
            return RenderError(message: "execution error in (\(file)): \(goError)")
        }
        if let inner = HelmFunctionError.unwrap(tokens[2]) {
            return RenderError(message: "execution error at (\(tokens[1])): \(inner)")
        }
        var frames: [TraceFrame] = []
        var current: String? = goError
        while let text = current {
            guard let frame = TraceFrame(parsing: text) else { return RenderError(message: goError) }
            if frames.last != frame { frames.append(frame) }
            current = frame.wrapped
        }
        let joined = frames.map(\.text).joined()
        return RenderError(message: joined.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

extension String {
    /// Go's `strings.SplitN(s, sep, n)`.
    func splitN(_ separator: String, _ n: Int) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while parts.count < n - 1, let r = rest.range(of: separator) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
