/// go-yaml v2's decoder into `interface{}`: node tree to `RawYAML`.
///
/// Follows v2 exactly where it shows: merge keys apply where they appear (a later key
/// overrides them, an earlier one is overridden), a sequence of merges lets earlier
/// maps win, aliases re-decode their anchor's node, and the alias-expansion budget
/// (`document contains excessive aliasing`) is counted the same way.
struct YAMLDecoder {
    private var decodeCount = 0
    private var aliasCount = 0
    private var aliasDepth = 0

    static func allowedAliasRatio(_ decodeCount: Int) -> Double {
        let low = 400_000, high = 4_000_000
        if decodeCount <= low { return 0.99 }
        if decodeCount >= high { return 0.10 }
        return 0.99 - 0.89 * (Double(decodeCount - low) / Double(high - low))
    }

    mutating func decode(_ n: YAMLNode) throws -> RawYAML {
        try count()
        switch n.kind {
        case .alias: return try alias(n) { d, t in try d.decode(t) }
        case .scalar: return try scalar(n)
        case .sequence:
            var items: [RawYAML] = []
            items.reserveCapacity(n.children.count)
            for c in n.children { items.append(try decode(c)) }
            return .sequence(items)
        case .mapping:
            var m = RawMapping()
            try fill(&m, from: n)
            return .mapping(m)
        }
    }

    private mutating func count() throws {
        decodeCount += 1
        if aliasDepth > 0 { aliasCount += 1 }
        if aliasCount > 100, decodeCount > 1000,
           Double(aliasCount) / Double(decodeCount) > Self.allowedAliasRatio(decodeCount) {
            throw YAMLError(message: "yaml: document contains excessive aliasing")
        }
    }

    private mutating func alias<T>(_ n: YAMLNode, _ body: (inout YAMLDecoder, YAMLNode) throws -> T) throws -> T {
        if n.expanding { throw YAMLError(message: "yaml: anchor '\(n.value)' value contains itself") }
        n.expanding = true
        aliasDepth += 1
        defer { aliasDepth -= 1; n.expanding = false }
        return try body(&self, n.target!)
    }

    /// Decodes mapping node `n` into `m` (also used to merge a map into another).
    private mutating func fill(_ m: inout RawMapping, from n: YAMLNode) throws {
        var i = 0
        let c = n.children
        while i + 1 < c.count {
            let k = c[i], v = c[i + 1]
            i += 2
            if k.kind == .scalar, k.value == "<<", k.implicit || k.tag == YAMLTag.merge {
                try merge(&m, v)
                continue
            }
            let key = try decode(k)
            switch key {
            case .sequence, .mapping:
                throw YAMLError(message: "yaml: invalid map key: \(GoSyntax.describe(key))")
            default: break
            }
            m.set(key, try decode(v))
        }
    }

    private mutating func mergeInto(_ m: inout RawMapping, _ n: YAMLNode) throws {
        try count()
        if n.kind == .alias {
            try alias(n) { d, t in try d.mergeInto(&m, t) }
        } else {
            try fill(&m, from: n)
        }
    }

    private mutating func merge(_ m: inout RawMapping, _ n: YAMLNode) throws {
        let wantMap = YAMLError(message: "yaml: map merge requires map or sequence of maps as the value")
        switch n.kind {
        case .mapping:
            try mergeInto(&m, n)
        case .alias:
            if n.target?.kind != .mapping { throw wantMap }
            try mergeInto(&m, n)
        case .sequence:
            for item in n.children.reversed() {
                if item.kind == .alias {
                    if item.target?.kind != .mapping { throw wantMap }
                } else if item.kind != .mapping {
                    throw wantMap
                }
                try mergeInto(&m, item)
            }
        case .scalar:
            throw wantMap
        }
    }

    private func scalar(_ n: YAMLNode) throws -> RawYAML {
        if n.tag.isEmpty && !n.implicit { return .string(n.value) }
        let (tag, value) = try YAMLResolver.resolve(tag: n.tag, n.value)
        if tag == YAMLTag.binary {
            guard let data = Base64.decode(n.value) else {
                throw YAMLError(message: "yaml: !!binary value contains invalid base64 data")
            }
            return .string(String(decoding: data, as: UTF8.self))
        }
        return value
    }
}
