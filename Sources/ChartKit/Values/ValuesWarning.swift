/// A warning Helm logs while building values; the command prints it to stderr and goes on.
public struct ValuesWarning: Sendable, Equatable, CustomStringConvertible {
    /// slog's level: Helm's `log.Printf` lines come out as INFO, `slog.Warn` as WARN.
    public enum Level: String, Sendable { case info = "INFO", warn = "WARN", error = "ERROR" }

    /// How slog labels the line.
    public var level: Level
    /// The `msg=` text.
    public var message: String
    /// slog attributes after the message, in order (`path=sub.enabled chart=sub`).
    public var attributes: [Attribute]

    /// One `key=value` pair of a log line.
    public struct Attribute: Sendable, Equatable {
        /// The attribute name (`path`, `chart`, `error`).
        public var key: String
        /// The attribute value, quoted when printed if slog would quote it.
        public var value: String
        /// A `key=value` pair.
        public init(_ key: String, _ value: String) { self.key = key; self.value = value }
    }

    /// A warning with its slog level, message and attributes.
    public init(_ level: Level, _ message: String, _ attributes: [Attribute] = []) {
        self.level = level
        self.message = message
        self.attributes = attributes
    }

    /// The line Helm v4's text handler prints: `level=WARN msg="returned non-bool value" path=a.b chart=sub`.
    public var description: String {
        var line = "level=\(level.rawValue) msg=\(Self.quoteIfNeeded(message))"
        for a in attributes { line += " \(a.key)=\(Self.quoteIfNeeded(a.value))" }
        return line
    }

    /// slog's TextHandler quotes values that are empty or hold spaces, `=`, quotes or unprintable runes.
    static func quoteIfNeeded(_ s: String) -> String {
        if s.isEmpty { return "\"\"" }
        for r in s.unicodeScalars {
            if r == " " || r == "=" || r == "\"" || r.value < 0x21 || r.value == 0x7f || r.properties.isWhitespace {
                return goQuote(s)
            }
        }
        return s
    }
}
