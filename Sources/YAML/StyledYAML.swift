internal import CYAML

/// Reads YAML documents into `StyledNode`s and writes them back as go-yaml v3 does under
/// kyaml's settings: two-space indentation, block sequences not indented inside mappings,
/// no line folding, `---` between documents, styles and anchors as written.
public enum StyledYAML {
    /// The root node of every document in `text`, in order (empty documents give null scalars).
    public static func parse(_ text: String, withComments: Bool = true) throws -> [StyledNode] {
        var parser = yaml_parser_t()
        yaml_parser_initialize(&parser)
        defer { yaml_parser_delete(&parser) }
        var utf8 = Array(text.utf8)
        if utf8.isEmpty { utf8 = [UInt8(ascii: "\n")] }
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: utf8.count)
        defer { bytes.deallocate() }
        _ = bytes.initialize(from: utf8)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

        var documents: [StyledNode] = []
        var stack: [StyledNode] = []
        var documentStarts: [Int] = []
        var documentEnds: [Int] = []
        while true {
            var event = yaml_event_t()
            if yaml_parser_parse(&parser, &event) == 0 {
                // go-yaml v3's rule: the context line if there is one, else the problem line;
                // scanner errors count one more.
                var line = 0
                if parser.context_mark.line != 0 {
                    line = Int(parser.context_mark.line)
                } else if parser.problem_mark.line != 0 {
                    line = Int(parser.problem_mark.line)
                }
                if line != 0 && parser.error == YAML_SCANNER_ERROR { line += 1 }
                let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem parsing YAML content"
                throw YAMLError(message: line != 0 ? "yaml: line \(line): \(problem)" : "yaml: \(problem)")
            }
            defer { yaml_event_delete(&event) }
            var node: StyledNode?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                if withComments {
                    attachComments(text, documents, starts: documentStarts, ends: documentEnds)
                }
                return documents
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let style: StyledNode.Style
                switch s.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: style = .literal
                case YAML_FOLDED_SCALAR_STYLE: style = .folded
                default: style = .plain
                }
                let value = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
                node = StyledNode(kind: .scalar, style: style, value: value, anchor: cString(s.anchor),
                                  tag: explicitTag(cString(s.tag)))
            case YAML_ALIAS_EVENT:
                node = StyledNode(kind: .alias, style: .plain, value: cString(event.data.alias.anchor) ?? "")
            case YAML_SEQUENCE_START_EVENT:
                let s = event.data.sequence_start
                node = StyledNode(kind: .sequence, style: s.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block,
                                  anchor: cString(s.anchor), tag: explicitTag(cString(s.tag)))
            case YAML_MAPPING_START_EVENT:
                let s = event.data.mapping_start
                node = StyledNode(kind: .mapping, style: s.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block,
                                  anchor: cString(s.anchor), tag: explicitTag(cString(s.tag)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let done = stack.removeLast()
                done.endLine = Int(event.start_mark.line)
                if stack.isEmpty { documents.append(done) }
                continue
            case YAML_DOCUMENT_START_EVENT:
                documentStarts.append(Int(event.start_mark.line))
                continue
            case YAML_DOCUMENT_END_EVENT:
                documentEnds.append(Int(event.end_mark.line))
                continue
            default:
                continue
            }
            guard let node else { continue }
            node.startLine = Int(event.start_mark.line)
            node.startColumn = Int(event.start_mark.column)
            node.endLine = Int(event.end_mark.line)
            node.endColumn = Int(event.end_mark.column)
            if let parent = stack.last {
                parent.children.append(node)
            } else if node.kind == .scalar || node.kind == .alias {
                documents.append(node)
            }
            if node.kind == .mapping || node.kind == .sequence { stack.append(node) }
        }
    }

    /// The documents as one stream, separated by `---`, ending in a newline.
    public static func emit(_ documents: [StyledNode]) throws -> String {
        let e = Emitter()
        defer { yaml_emitter_delete(&e.raw) }
        try e.emit { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
        for (i, root) in documents.enumerated() {
            try e.emit { yaml_document_start_event_initialize(&$0, nil, nil, nil, i == 0 ? 1 : 0) }
            try emitNode(root, e)
            try e.emit { yaml_document_end_event_initialize(&$0, 1) }
        }
        try e.emit { yaml_stream_end_event_initialize(&$0) }
        var text = String(decoding: e.bytes, as: UTF8.self)
        if text.contains("\n...\n") || text.hasPrefix("...\n") {
            // libyaml closes a document after a `|+`/`>+` scalar with `...`; go-yaml v3 does not.
            text = text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0 != "..." }.joined(separator: "\n")
        }
        let plain = try refoldFoldedScalars(text, documents)
        return try placeComments(plain, documents)
    }

    /// libyaml's emitter set up as kyaml's encoder, collecting the output.
    private final class Emitter {
        var raw = yaml_emitter_t()
        var bytes: [UInt8] = []

        init() {
            yaml_emitter_initialize(&raw)
            yaml_emitter_set_output(&raw, { data, buffer, size in
                guard let data, let buffer else { return 0 }
                Unmanaged<Emitter>.fromOpaque(data).takeUnretainedValue().bytes
                    .append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, Unmanaged.passUnretained(self).toOpaque())
            yaml_emitter_set_indent(&raw, 2)
            yaml_emitter_set_width(&raw, -1)
            yaml_emitter_set_unicode(&raw, 1)
        }

        func emit(_ make: (inout yaml_event_t) -> Int32) throws {
            var event = yaml_event_t()
            guard make(&event) != 0, yaml_emitter_emit(&raw, &event) != 0 else {
                let problem = raw.problem.map { String(cString: $0) } ?? "emitter error"
                throw YAMLError(message: "yaml: \(problem)")
            }
        }
    }

    private static func emitNode(_ node: StyledNode, _ e: Emitter) throws {
        // go-yaml v3 resolves a plain `<<` to !!merge and writes that tag out: `!!merge <<: *base`.
        if node.kind == .scalar, node.style == .plain, node.tag == nil, node.value == "<<" {
            let merge = StyledNode(kind: .scalar, style: .plain, value: "<<", anchor: node.anchor, tag: "tag:yaml.org,2002:merge")
            try emitNode(merge, e)
            return
        }
        let implicit: Int32 = node.tag == nil ? 1 : 0
        switch node.kind {
        case .alias:
            try withC(node.value) { a in try e.emit { yaml_alias_event_initialize(&$0, a) } }
        case .scalar:
            let style: yaml_scalar_style_t
            switch node.style {
            case .singleQuoted: style = YAML_SINGLE_QUOTED_SCALAR_STYLE
            case .doubleQuoted: style = YAML_DOUBLE_QUOTED_SCALAR_STYLE
            case .literal: style = YAML_LITERAL_SCALAR_STYLE
            case .folded: style = YAML_FOLDED_SCALAR_STYLE
            default: style = YAML_PLAIN_SCALAR_STYLE
            }
            let plainImplicit: Int32 = node.style == .plain ? implicit : 0
            try withOptionalC(node.anchor) { a in
                try withOptionalC(node.tag) { t in
                    try withC(node.value) { v in
                        try e.emit {
                            yaml_scalar_event_initialize(&$0, a, t, v, Int32(node.value.utf8.count), plainImplicit, implicit, style)
                        }
                    }
                }
            }
        case .sequence, .mapping:
            let flow = node.style == .flow
            try withOptionalC(node.anchor) { a in
                try withOptionalC(node.tag) { t in
                    if node.kind == .sequence {
                        try e.emit {
                            yaml_sequence_start_event_initialize(&$0, a, t, implicit,
                                                                 flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE)
                        }
                    } else {
                        try e.emit {
                            yaml_mapping_start_event_initialize(&$0, a, t, implicit,
                                                                flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE)
                        }
                    }
                }
            }
            for child in node.children { try emitNode(child, e) }
            if node.kind == .sequence {
                try e.emit { yaml_sequence_end_event_initialize(&$0) }
            } else {
                try e.emit { yaml_mapping_end_event_initialize(&$0) }
            }
        }
    }

    private static func withC<R>(_ s: String, _ body: (UnsafeMutablePointer<yaml_char_t>) throws -> R) rethrows -> R {
        var bytes = Array(s.utf8) + [0]
        return try bytes.withUnsafeMutableBufferPointer { p in try body(p.baseAddress!) }
    }

    private static func withOptionalC<R>(_ s: String?, _ body: (UnsafeMutablePointer<yaml_char_t>?) throws -> R) rethrows -> R {
        guard let s else { return try body(nil) }
        return try withC(s) { p in try body(p) }
    }

    private static func cString(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }

    /// libyaml reports no tag for plain nodes; the non-specific `!` of quoted ones is implicit too.
    private static func explicitTag(_ tag: String?) -> String? {
        guard let tag, tag != "!" else { return nil }
        return tag
    }
}
