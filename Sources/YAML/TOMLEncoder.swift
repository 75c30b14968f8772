import GoValue

/// BurntSushi/toml v1.6's `Encoder.Encode` as Helm's `toToml` calls it: plain values
/// first, then tables (`[a.b]`, indented two spaces per level) and arrays of tables,
/// keys in byte order, nil values skipped.
struct TOMLEncoder {
    private var out = ""
    private var hasWritten = false

    static func encode(_ v: GoValue) throws -> String {
        var e = TOMLEncoder()
        try e.encode([], v)
        return e.out
    }

    private enum Kind { case bool, integer, float, string, array, hash, arrayHash }

    private static func isNil(_ v: GoValue) -> Bool {
        switch v {
        case .nil: return true
        case .map(let m): return m.isNil
        case .slice(let s): return s.isNil
        default: return false
        }
    }

    private static func kind(_ v: GoValue) throws -> Kind? {
        if isNil(v) { return nil }
        switch v {
        case .bool: return .bool
        case .int, .int64, .integer, .uint64: return .integer
        case .float64, .float32: return .float
        case .string: return .string
        case .slice(let s): return try isTableArray(s) ? .arrayHash : .array
        case .map: return .hash
        case .object(let o):
            if o is TOMLDateTime { return .string }
            if let enc = o as? GoJSONEncodable { return try kind(try enc.goJSONValue()) }
            throw YAMLError(message: "toml: unsupported type: \(o.goType)")
        case .nil: return nil
        }
    }

    private static func isTableArray(_ s: GoSlice) throws -> Bool {
        if s.isNil || s.elements.isEmpty { return false }
        var all = true
        for e in s.elements {
            guard let k = try kind(e) else { throw YAMLError(message: "toml: cannot encode array with nil element") }
            if k != .hash { all = false }
        }
        return all
    }

    private mutating func write(_ s: String) {
        out += s
        hasWritten = true
    }

    private mutating func newline() { if hasWritten { write("\n") } }

    private func indent(_ key: [String]) -> String { String(repeating: "  ", count: max(key.count - 1, 0)) }

    private mutating func encode(_ key: [String], _ v: GoValue) throws {
        switch v {
        case .nil: return
        case .map(let m):
            if m.isNil { return }
            try table(key, m)
        case .slice(let s):
            if try Self.kind(v) == .arrayHash { try arrayOfTables(key, s) } else { try keyValue(key, v, inline: false) }
        case .object(let o) where o is TOMLDateTime:
            try keyValue(key, v, inline: false)
        case .object(let o):
            guard let enc = o as? GoJSONEncodable else {
                throw YAMLError(message: "toml: unsupported type for key '\(Self.keyString(key))': \(o.goType.kind.rawValue)")
            }
            try encode(key, try enc.goJSONValue())
        default:
            try keyValue(key, v, inline: false)
        }
    }

    private mutating func arrayOfTables(_ key: [String], _ s: GoSlice) throws {
        if key.isEmpty { throw YAMLError(message: "toml: top-level values must be Go maps or structs") }
        for e in s.elements {
            guard case .map(let m) = e, !m.isNil else { continue }
            newline()
            write("\(indent(key))[[\(Self.keyString(key))]]")
            newline()
            try map(key, m, inline: false)
        }
    }

    private mutating func table(_ key: [String], _ m: GoMap) throws {
        if key.count == 1 { newline() }
        if !key.isEmpty {
            write("\(indent(key))[\(Self.keyString(key))]")
            newline()
        }
        try map(key, m, inline: false)
    }

    private mutating func map(_ key: [String], _ m: GoMap, inline: Bool) throws {
        var direct: [String] = [], sub: [String] = []
        for (k, v) in m.entries {
            let kd = try Self.kind(v)
            if kd == .hash || kd == .arrayHash { sub.append(k) } else { direct.append(k) }
        }
        if inline { write("{") }
        try writeKeys(direct.sorted(by: goStringLess), m, key, inline: inline, trailingComma: !sub.isEmpty)
        try writeKeys(sub.sorted(by: goStringLess), m, key, inline: inline, trailingComma: false)
        if inline { write("}") }
    }

    private mutating func writeKeys(_ keys: [String], _ m: GoMap, _ key: [String], inline: Bool, trailingComma: Bool) throws {
        for (i, k) in keys.enumerated() {
            let v = m.entries[k]!
            if Self.isNil(v) { continue }
            if inline {
                try keyValue([k], v, inline: true)
                if trailingComma || i != keys.count - 1 { write(", ") }
            } else {
                try encode(key + [k], v)
            }
        }
    }

    private mutating func keyValue(_ key: [String], _ v: GoValue, inline: Bool) throws {
        if key.isEmpty {
            try element(v)
            return
        }
        write("\(indent(key))\(Self.quotedKey(key[key.count - 1])) = ")
        try element(v)
        if !inline { newline() }
    }

    private mutating func element(_ v: GoValue) throws {
        switch v {
        case .string(let s): write(Self.quoted(s))
        case .bool(let b): write(b ? "true" : "false")
        case .int(let i): write(String(i))
        case .int64(let i): write(String(i))
        case .integer(let i, let t): write(t.kind.isUnsignedInteger ? String(UInt64(bitPattern: i)) : String(i))
        case .uint64(let u): write(String(u))
        case .float64(let d): write(Self.float(d, bitSize: 64))
        case .float32(let f): write(Self.float(Double(f), bitSize: 32))
        case .slice(let s):
            write("[")
            for (i, e) in s.elements.enumerated() {
                if Self.isNil(e) && !(e.sliceValue != nil || e.mapValue != nil) {
                    throw YAMLError(message: "toml: cannot encode array with nil element")
                }
                try element(e)
                if i != s.elements.count - 1 { write(", ") }
            }
            write("]")
        case .map(let m): try map([], m, inline: true)
        case .object(let o):
            if let t = o as? TOMLDateTime { write(t.tomlText); return }
            guard let enc = o as? GoJSONEncodable else { throw YAMLError(message: "toml: unexpected type: \(o.goType)") }
            try element(try enc.goJSONValue())
        case .nil: throw YAMLError(message: "toml: cannot encode array with nil element")
        }
    }

    static func float(_ d: Double, bitSize: Int) -> String {
        if d.isNaN { return d.sign == .minus ? "-nan" : "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let s = GoFloat.format(d, fmt: "g", bitSize: bitSize)
        return s.contains(where: { $0 == "e" || $0 == "." }) ? s : s + ".0"
    }

    /// A bare key when it is only `A-Za-z0-9_-`, else a basic string.
    static func quotedKey(_ k: String) -> String {
        if k.isEmpty { return "\"\"" }
        for u in k.unicodeScalars {
            let c = u.value
            let bare = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 95 || c == 45
            if !bare { return quoted(k) }
        }
        return k
    }

    static func keyString(_ key: [String]) -> String { key.map(quotedKey).joined(separator: ".") }

    /// A TOML basic string, escaped as BurntSushi's replacer does.
    static func quoted(_ s: String) -> String {
        var o = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": o += "\\\""
            case "\\": o += "\\\\"
            case "\u{08}": o += "\\b"
            case "\t": o += "\\t"
            case "\n": o += "\\n"
            case "\u{0C}": o += "\\f"
            case "\r": o += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let h = String(u.value, radix: 16)
                    o += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    o.unicodeScalars.append(u)
                }
            }
        }
        return o + "\""
    }
}
