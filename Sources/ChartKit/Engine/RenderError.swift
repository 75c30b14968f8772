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

/// One Go template error in a chain, as Helm's `TraceableError` reads it.
struct TraceFrame: Equatable {
    var location = ""
    var message = ""
    var executed = ""
    /// The error this one wraps (Go's `errors.Unwrap`), from `error calling NAME: ...`.
    var wrapped: String?

    init?(parsing s: String) {
        let prefix = "template: "
        guard s.hasPrefix(prefix) else { return nil }
        let rest = String(s.dropFirst(prefix.count))
        if rest.hasPrefix("no template ") {
            message = s
            return
        }
        if let idx = rest.range(of: ": executing ") {
            location = String(rest[..<idx.lowerBound])
            let after = rest[idx.upperBound...]
            guard after.first == "\"", let endQuote = after.dropFirst().firstIndex(of: "\"") else { return nil }
            let function = after[after.index(after: after.startIndex)..<endQuote]
            let afterFunc = after[after.index(after: endQuote)...]
            guard afterFunc.hasPrefix(" at <") else { return nil }
            let afterAt = afterFunc.dropFirst(5)
            guard let endLoc = afterAt.range(of: ">: ") else { return nil }
            let node = afterAt[..<endLoc.lowerBound]
            let full = String(afterAt[endLoc.upperBound...])
            message = full
            if let cut = message.range(of: " template:") { message = String(message[..<cut.lowerBound]) }
            executed = "executing \"\(function)\" at <\(node)>:"
            if full.hasPrefix("error calling "), let colon = full.range(of: ": ") {
                wrapped = String(full[colon.upperBound...])
            }
            return
        }
        guard let sep = rest.range(of: ": ", options: .backwards) else { return nil }
        location = String(rest[..<sep.lowerBound])
        message = String(rest[sep.upperBound...])
        if let cut = message.range(of: " template:") { message = String(message[..<cut.lowerBound]) }
    }

    static func == (a: TraceFrame, b: TraceFrame) -> Bool {
        a.location == b.location && a.message == b.message && a.executed == b.executed
    }

    /// Helm's `TraceableError.String()`.
    var text: String {
        var out = ""
        if !location.isEmpty { out += location + "\n  " }
        if !executed.isEmpty { out += executed + "\n    " }
        if !message.isEmpty { out += message + "\n" }
        return out
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
