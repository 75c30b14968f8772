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
