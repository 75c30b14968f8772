import Foundation

/// Turns a values.schema.json document into `JSONSchema` nodes, resolving `$ref`s
/// within the document (JSON pointers, `$anchor`s, draft-4/6/7 `#name` ids).
final class SchemaCompiler {
    /// Why a schema could not be compiled.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let document: JSONTree
    private let draft: Int
    private var compiled: [String: JSONSchema] = [:]
    private var anchors: [String: String] = [:]
    private var ids: [String: String] = [:]

    init(document: JSONTree) {
        self.document = document
        if case .string(let url)? = document["$schema"] {
            draft = Self.draft(fromURL: url)
        } else {
            draft = 2020
        }
        indexAnchors(document, pointer: "")
    }

    /// The root schema.
    func compileRoot() throws -> JSONSchema {
        try compile(pointer: "")
    }

    /// Draft from `$schema`, as the library's `draftFromURL` reads it (unknown URLs mean the latest).
    static func draft(fromURL url: String) -> Int {
        var u = Substring(url)
        if let hash = u.firstIndex(of: "#") { u = u[..<hash] }
        for prefix in ["https://", "http://"] where u.hasPrefix(prefix) { u = u.dropFirst(prefix.count) }
        switch u {
        case "json-schema.org/draft/2020-12/schema": return 2020
        case "json-schema.org/draft/2019-09/schema": return 2019
        case "json-schema.org/draft-07/schema": return 7
        case "json-schema.org/draft-06/schema": return 6
        case "json-schema.org/draft-04/schema": return 4
        default: return 2020
        }
    }

    private func indexAnchors(_ tree: JSONTree, pointer: String) {
        guard case .object(let entries, let keys) = tree else {
            if case .array(let items) = tree {
                for (i, item) in items.enumerated() { indexAnchors(item, pointer: pointer + "/\(i)") }
            }
            return
        }
        if case .string(let anchor)? = entries["$anchor"] { anchors[anchor] = pointer }
        if case .string(let anchor)? = entries["$dynamicAnchor"], anchors[anchor] == nil { anchors[anchor] = pointer }
        if case .string(let id)? = entries[draft == 4 ? "id" : "$id"] {
            if id.hasPrefix("#") {
                anchors[String(id.dropFirst())] = pointer
            } else {
                ids[id] = pointer
            }
        }
        for key in keys where key != "enum" && key != "const" && key != "examples" && key != "default" {
            indexAnchors(entries[key]!, pointer: pointer + "/" + Self.escape(key))
        }
    }

    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    private func lookup(_ pointer: String) -> JSONTree? {
        if pointer.isEmpty { return document }
        var current = document
        for raw in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let token = String(raw).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch current {
            case .object(let entries, _):
                guard let next = entries[token] else { return nil }
                current = next
            case .array(let items):
                guard let i = Int(token), i >= 0, i < items.count else { return nil }
                current = items[i]
            default:
                return nil
            }
        }
        return current
    }

    /// The pointer a `$ref` names, or nil when it leaves the document.
    private func resolve(_ ref: String, from pointer: String) -> String? {
        var base = ref
        var fragment = ""
        if let hash = ref.firstIndex(of: "#") {
            base = String(ref[..<hash])
            fragment = String(ref[ref.index(after: hash)...])
        }
        fragment = fragment.removingPercentEncoding ?? fragment
        var start = ""
        if !base.isEmpty {
            let candidates = ids.filter { $0.key == base || $0.key.hasSuffix("/" + base) }
            if let found = candidates.first {
                start = found.value
            } else if base == "file:///values.schema.json" || base == "values.schema.json" {
                start = ""
            } else {
                return nil
            }
        }
        if fragment.isEmpty || fragment.hasPrefix("/") { return start + fragment }
        return anchors[fragment]
    }

    func compile(pointer: String) throws -> JSONSchema {
        if let done = compiled[pointer] { return done }
        let node = JSONSchema(location: pointer)
        node.draft = draft
        compiled[pointer] = node
        guard let tree = lookup(pointer) else {
            throw Failure(description: "jsonschema: JSON pointer \(goQuote(pointer)) not found in file:///values.schema.json")
        }
        try fill(node, from: tree)
        return node
    }

    private func sub(_ node: JSONSchema, _ path: String...) throws -> JSONSchema {
        try compile(pointer: node.location + path.map { "/" + Self.escape($0) }.joined())
    }

    private func fill(_ node: JSONSchema, from tree: JSONTree) throws {
        switch tree {
        case .bool(let b):
            node.boolValue = b
            return
        case .object(let obj, _):
            if obj.isEmpty {
                node.boolValue = true
                return
            }
            try fillObject(node, obj)
        default:
            return
        }
    }

    private func fillObject(_ node: JSONSchema, _ obj: [String: JSONTree]) throws {
        let draft = node.draft
        if case .string(let ref)? = obj["$ref"] {
            guard let target = resolve(ref, from: node.location) else {
                throw Failure(description: "jsonschema: failing loading \(goQuote(ref)): unsupported or unresolvable reference")
            }
            node.ref = try compile(pointer: target)
            if draft < 2019 { return }
        }
        if case .array(let a)? = obj["allOf"] { node.allOf = try a.indices.map { try sub(node, "allOf", "\($0)") } }
        if case .array(let a)? = obj["anyOf"] { node.anyOf = try a.indices.map { try sub(node, "anyOf", "\($0)") } }
        if case .array(let a)? = obj["oneOf"] { node.oneOf = try a.indices.map { try sub(node, "oneOf", "\($0)") } }
        if obj["not"] != nil { node.not = try sub(node, "not") }
        if draft < 2020, let items = obj["items"] {
            if case .array(let a) = items {
                node.items = .tuple(try a.indices.map { try sub(node, "items", "\($0)") })
                node.additionalItems = try additional(node, obj, "additionalItems")
            } else {
                node.items = .schema(try sub(node, "items"))
            }
        }
        if case .object(let props, let keys)? = obj["properties"] {
            for key in keys where props[key] != nil { node.properties[key] = try sub(node, "properties", key) }
        }
        if case .object(_, let keys)? = obj["patternProperties"] {
            for key in keys {
                let regex: GoRegex
                do { regex = try GoRegex(key) } catch {
                    throw Failure(description: "jsonschema: invalid regex \(goQuote(key)) at file:///values.schema.json#\(node.location)/patternProperties")
                }
                node.patternProperties.append((key, regex, try sub(node, "patternProperties", key)))
            }
        }
        node.additionalProperties = try additional(node, obj, "additionalProperties")
        if case .object(let deps, _)? = obj["dependencies"] {
            for (name, value) in deps {
                if case .array(let a) = value {
                    node.dependencies[name] = .required(Self.strings(a))
                } else {
                    node.dependencies[name] = .schema(try sub(node, "dependencies", name))
                }
            }
        }
        if let t = obj["type"] {
            var names: [String] = []
            switch t {
            case .string(let s): names = [s]
            case .array(let a): names = Self.strings(a)
            default: break
            }
            let order = ["null", "boolean", "number", "integer", "string", "array", "object"]
            let known = order.filter { names.contains($0) }
            if !known.isEmpty { node.types = known }
        }
        if case .array(let a)? = obj["enum"] { node.enumValues = a }
        node.multipleOf = Self.number(obj["multipleOf"])
        node.maximum = Self.number(obj["maximum"])
        if case .bool(true)? = obj["exclusiveMaximum"] {
            node.exclusiveMaximum = node.maximum
            node.maximum = nil
        } else {
            node.exclusiveMaximum = Self.number(obj["exclusiveMaximum"])
        }
        node.minimum = Self.number(obj["minimum"])
        if case .bool(true)? = obj["exclusiveMinimum"] {
            node.exclusiveMinimum = node.minimum
            node.minimum = nil
        } else {
            node.exclusiveMinimum = Self.number(obj["exclusiveMinimum"])
        }
        node.minLength = Self.int(obj["minLength"])
        node.maxLength = Self.int(obj["maxLength"])
        if case .string(let p)? = obj["pattern"] {
            do { node.pattern = (p, try GoRegex(p)) } catch {
                throw Failure(description: "jsonschema: invalid regex \(goQuote(p)) at file:///values.schema.json#\(node.location)/pattern")
            }
        }
        node.minItems = Self.int(obj["minItems"])
        node.maxItems = Self.int(obj["maxItems"])
        if case .bool(true)? = obj["uniqueItems"] { node.uniqueItems = true }
        node.maxProperties = Self.int(obj["maxProperties"])
        node.minProperties = Self.int(obj["minProperties"])
        if case .array(let a)? = obj["required"] { node.required = Self.strings(a) }
        if draft < 2019, case .string(let f)? = obj["format"] { node.format = f }

        if draft >= 6 {
            if obj["contains"] != nil { node.contains = try sub(node, "contains") }
            if obj["propertyNames"] != nil { node.propertyNames = try sub(node, "propertyNames") }
            if let c = obj["const"] { node.constValue = c }
        }
        if draft >= 7, let ifTree = obj["if"] {
            node.ifSchema = try sub(node, "if")
            var b: Bool?
            if case .bool(let v) = ifTree { b = v }
            if obj["then"] != nil && (b == nil || b == true) { node.thenSchema = try sub(node, "then") }
            if obj["else"] != nil && (b == nil || b == false) { node.elseSchema = try sub(node, "else") }
        }
        if draft >= 2019 {
            if node.contains != nil {
                node.minContains = Self.int(obj["minContains"])
                node.maxContains = Self.int(obj["maxContains"])
            }
            if case .object(let deps, _)? = obj["dependentRequired"] {
                for (name, value) in deps { if case .array(let a) = value { node.dependentRequired[name] = Self.strings(a) } }
            }
            if case .object(_, let keys)? = obj["dependentSchemas"] {
                for key in keys { node.dependentSchemas[key] = try sub(node, "dependentSchemas", key) }
            }
            if obj["unevaluatedItems"] != nil { node.unevaluatedItems = try sub(node, "unevaluatedItems") }
            if obj["unevaluatedProperties"] != nil { node.unevaluatedProperties = try sub(node, "unevaluatedProperties") }
        }
        if draft >= 2020 {
            if case .array(let a)? = obj["prefixItems"] { node.prefixItems = try a.indices.map { try sub(node, "prefixItems", "\($0)") } }
            if obj["items"] != nil { node.items2020 = try sub(node, "items") }
        }
    }

    private func additional(_ node: JSONSchema, _ obj: [String: JSONTree], _ key: String) throws -> JSONSchema.Additional {
        guard let value = obj[key] else { return .absent }
        if case .bool(let b) = value { return .bool(b) }
        return .schema(try sub(node, key))
    }

    private static func strings(_ a: [JSONTree]) -> [String] {
        a.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
    }

    static func number(_ t: JSONTree?) -> Decimal? {
        guard case .number(let literal)? = t else { return nil }
        return Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX"))
    }

    private static func int(_ t: JSONTree?) -> Int? {
        guard let d = number(t) else { return nil }
        return NSDecimalNumber(decimal: d).intValue
    }
}
