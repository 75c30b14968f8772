internal import CYAML

/// The one place that calls libyaml: turns text into `YAMLNode` documents.
///
/// It builds nodes the way go-yaml v2's parser does (anchors registered before a
/// collection's children, aliases resolved at once) and reports errors with go-yaml's
/// line rule, so messages read `yaml: line 3: did not find expected key`.
struct YAMLParser {
    /// go-yaml v2's scanner limit on flow and indentation depth.
    static let maxDepth = 10000

    private var parser = yaml_parser_t()
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private var anchors: [String: YAMLNode] = [:]
    private var started = false
    private var finished = false
    /// Whether the text has a `\/` at all; only then are double-quoted scalars rescanned.
    private let hasSlashEscape: Bool
    /// Byte offset of the start of line `lineCache.line`, to find marks without rescanning.
    private var lineCache = (line: 0, offset: 0)
    /// Deepest collection nesting seen, so callers can pick a stack big enough to walk it.
    private(set) var maxNesting = 0

    init(_ text: String) {
        var utf8 = Array(text.utf8)
        if utf8.isEmpty { utf8 = [UInt8(ascii: "\n")] }  // go-yaml feeds "\n" for empty input
        var slash = false
        if utf8.count > 1 {
            for i in 1..<utf8.count where utf8[i] == UInt8(ascii: "/") && utf8[i - 1] == UInt8(ascii: "\\") {
                slash = true
                break
            }
        }
        hasSlashEscape = slash
        bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: utf8.count)
        _ = bytes.initialize(from: utf8)
        yaml_parser_initialize(&parser)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    }

    /// Frees libyaml's state; the parser cannot be used afterwards.
    mutating func close() {
        yaml_parser_delete(&parser)
        bytes.deallocate()
    }

    /// The next document's root node; nil at the end of the stream or for an empty document stream.
    /// An explicit empty document yields a null scalar, as libyaml reports it.
    mutating func nextDocument() throws -> YAMLNode? {
        if finished { return nil }
        if !started {
            var event = try nextEvent()
            defer { yaml_event_delete(&event) }
            guard event.type == YAML_STREAM_START_EVENT else { throw fail("expected STREAM-START") }
            started = true
        }
        var event = try nextEvent()
        if event.type == YAML_STREAM_END_EVENT {
            yaml_event_delete(&event)
            finished = true
            return nil
        }
        yaml_event_delete(&event)
        anchors = [:]
        let root = try parseNode()
        var end = try nextEvent()
        yaml_event_delete(&end)
        return root
    }

    private mutating func nextEvent() throws -> yaml_event_t {
        var event = yaml_event_t()
        if yaml_parser_parse(&parser, &event) == 0 {
            throw parserError()
        }
        return event
    }

    /// Builds one node and its children without recursion, so deep input cannot exhaust the stack.
    private mutating func parseNode() throws -> YAMLNode {
        var stack: [YAMLNode] = []
        var root: YAMLNode?
        func attach(_ node: YAMLNode, _ stack: [YAMLNode], _ root: inout YAMLNode?) {
            if let parent = stack.last { parent.children.append(node) } else { root = node }
        }
        repeat {
            var event = try nextEvent()
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                if hasSlashEscape && s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE {
                    try checkEscapes(from: event.start_mark, to: event.end_mark)
                }
                let node = YAMLNode(kind: .scalar, line: line)
                node.value = Self.string(s.value, Int(s.length))
                node.tag = Self.cString(s.tag)
                node.implicit = s.plain_implicit != 0
                if let a = s.anchor { anchors[Self.cString(a)] = node }
                attach(node, stack, &root)
            case YAML_ALIAS_EVENT:
                let node = YAMLNode(kind: .alias, line: line)
                node.value = Self.cString(event.data.alias.anchor)
                guard let target = anchors[node.value] else {
                    throw YAMLError(message: "yaml: unknown anchor '\(node.value)' referenced")
                }
                node.target = target
                attach(node, stack, &root)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMap = event.type == YAML_MAPPING_START_EVENT
                let node = YAMLNode(kind: isMap ? .mapping : .sequence, line: line)
                let anchor = isMap ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                node.tag = Self.cString(isMap ? event.data.mapping_start.tag : event.data.sequence_start.tag)
                if let a = anchor { anchors[Self.cString(a)] = node }
                attach(node, stack, &root)
                stack.append(node)
                if stack.count > maxNesting {
                    maxNesting = stack.count
                    if maxNesting > Self.maxDepth {
                        throw YAMLError(message: "yaml: line \(line + 1): exceeded max depth of \(Self.maxDepth)", line: line + 1)
                    }
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                stack.removeLast()
            default:
                throw fail("unexpected event")
            }
        } while !stack.isEmpty
        return root!
    }

    /// libyaml accepts `\/` in double-quoted scalars; go-yaml v2 does not. Reports
    /// go-yaml's scanner error for it, with go-yaml's line rule.
    private mutating func checkEscapes(from start: yaml_mark_t, to end: yaml_mark_t) throws {
        var a = offset(line: Int(start.line), column: Int(start.column))
        let b = offset(line: Int(end.line), column: Int(end.column))
        var line = Int(start.line)
        while a < b {
            let c = bytes[a]
            if c == UInt8(ascii: "\\"), a + 1 < b {
                if bytes[a + 1] == UInt8(ascii: "/") {
                    let where_ = line != 0 ? "line \(line + 1): " : ""
                    throw YAMLError(message: "yaml: \(where_)found unknown escape character", line: line + 1)
                }
                a += 2
                continue
            }
            if c == UInt8(ascii: "\n") { line += 1 }
            a += 1
        }
    }

    /// Byte offset of a libyaml mark (lines split at LF, columns counted in characters).
    /// Marks arrive in increasing order, so the search resumes from the last line found.
    private mutating func offset(line: Int, column: Int) -> Int {
        var (l, i) = line >= lineCache.line ? lineCache : (0, 0)
        while l < line, i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") { l += 1 }
            i += 1
        }
        lineCache = (l, i)
        var c = 0
        while c < column, i < bytes.count {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            c += 1
        }
        return i
    }

    private func fail(_ problem: String) -> YAMLError {
        YAMLError(message: "yaml: " + problem)
    }

    /// go-yaml's rule: the problem line (0-based, plus one for scanner errors), else the context line.
    private func parserError() -> YAMLError {
        var line = 0
        if parser.problem_mark.line != 0 {
            line = Int(parser.problem_mark.line)
            if parser.error == YAML_SCANNER_ERROR { line += 1 }
        } else if parser.context_mark.line != 0 {
            line = Int(parser.context_mark.line)
        }
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        let msg = problem.isEmpty ? "unknown problem parsing YAML content" : problem
        if line != 0 {
            return YAMLError(message: "yaml: line \(line): \(msg)", line: line)
        }
        return YAMLError(message: "yaml: \(msg)")
    }

    private static func cString(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    private static func string(_ p: UnsafeMutablePointer<yaml_char_t>?, _ n: Int) -> String {
        guard let p, n > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
}
