import GoTemplate
import GoValue

/// One Go template error in a chain, as Helm's `TraceableError` lays it out.
struct TraceFrame: Equatable {
    var location = ""
    var message = ""
    var executed = ""

    /// The frame for `error`, or nil when Helm would not recognise it as a template
    /// error (then the whole chain is printed as Go's one-line text).
    init?(_ error: any Error) {
        switch error {
        case let e as TemplateError:
            switch e.kind {
            case .execution:
                executed = "executing \(GoFmt.quote(e.templateName)) at <\(e.context)>:"
            case .executionStart, .parse:
                break
            case .noSuchTemplate:
                message = e.description
                return
            }
            location = Self.location(of: e) ?? ""
            message = Self.ownMessage(of: e)
        case let e as MissingTemplateError:
            message = e.description
        default:
            return nil
        }
    }

    /// Where Go says the error happened (`FILE:LINE:COL`, `FILE:LINE`, or the template's
    /// name); nil for the lookup failure, which Go reports without one.
    static func location(of e: TemplateError) -> String? {
        switch e.kind {
        case .execution: return "\(e.file):\(e.line):\(e.column)"
        case .parse: return "\(e.file):\(e.line)"
        case .executionStart: return e.templateName
        case .noSuchTemplate: return nil
        }
    }

    /// The error's own words: the executor appends the wrapped error's text after
    /// `error calling NAME:`, and that error gets a frame of its own.
    static func ownMessage(of e: TemplateError) -> String {
        guard let inner = e.underlying else { return e.message }
        let tail = " " + String(describing: inner)
        return e.message.hasSuffix(tail) ? String(e.message.dropLast(tail.count)) : e.message
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
