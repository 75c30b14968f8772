import Foundation

/// Turns a values.schema.json document into `JSONSchema` nodes, resolving `$ref`s
/// within the document (JSON pointers, `$anchor`s, draft-4/6/7 `#name` ids).
final class SchemaCompiler {
    /// Why a schema could not be compiled.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// One JSON document the schemas may point into, with its own draft and anchors.
    private struct Document {
        let url: String
        let tree: JSONTree
        let draft: Int
        var anchors: [String: String] = [:]
        var ids: [String: String] = [:]
    }

    /// Where the user's schema lives, as Helm registers it.
    static let valuesSchemaURL = "file:///values.schema.json"

    private var documents: [String: Document] = [:]
    private var compiled: [String: JSONSchema] = [:]
    /// The document validation starts from: `$dynamicRef`/`$recursiveRef` land on its root.
    let entryURL: String
    /// Meta-schemas assert `format` whatever their draft (that is how `regex` gets checked).
    private var assertFormats = false

    /// A compiler for the user's schema.
    convenience init(document: JSONTree) {
        self.init(entry: Self.valuesSchemaURL, tree: document)
    }

    private init(entry: String, tree: JSONTree) {
        entryURL = entry
        documents[entry] = makeDocument(url: entry, tree: tree)
    }

    /// A compiler for the meta-schema of `draft`, or nil if it is not bundled.
    static func metaSchema(draft: Int) -> SchemaCompiler? {
        let url = metaSchemaURL(draft: draft)
        guard let text = MetaSchemas.documents[url], let tree = try? GoJSONDecoder.decodeTree(text) else { return nil }
        let compiler = SchemaCompiler(entry: url, tree: tree)
        compiler.assertFormats = true
        return compiler
    }

    static func metaSchemaURL(draft: Int) -> String {
        switch draft {
        case 4: return "http://json-schema.org/draft-04/schema"
        case 6: return "http://json-schema.org/draft-06/schema"
        case 7: return "http://json-schema.org/draft-07/schema"
        case 2019: return "https://json-schema.org/draft/2019-09/schema"
        default: return "https://json-schema.org/draft/2020-12/schema"
        }
    }

    /// The draft the user's document declares (`$schema`), 2020-12 when it declares none.
    static func draft(of tree: JSONTree) -> Int {
        if case .string(let url)? = tree["$schema"] { return draft(fromURL: url) }
        return 2020
    }

    /// The root schema.
    func compileRoot() throws -> JSONSchema {
        try compile(url: entryURL, pointer: "")
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

    private func makeDocument(url: String, tree: JSONTree) -> Document {
        var doc = Document(url: url, tree: tree, draft: Self.draft(of: tree))
        indexAnchors(tree, pointer: "", into: &doc)
        return doc
    }

    private func document(_ url: String) -> Document? {
        if let doc = documents[url] { return doc }
        guard let text = MetaSchemas.documents[url], let tree = try? GoJSONDecoder.decodeTree(text) else { return nil }
        let doc = makeDocument(url: url, tree: tree)
        documents[url] = doc
        return doc
    }

    private func indexAnchors(_ tree: JSONTree, pointer: String, into doc: inout Document) {
        guard case .object(let entries, let keys) = tree else {
            if case .array(let items) = tree {
                for (i, item) in items.enumerated() { indexAnchors(item, pointer: pointer + "/\(i)", into: &doc) }
            }
            return
        }
        if case .string(let anchor)? = entries["$anchor"] { doc.anchors[anchor] = pointer }
        if case .string(let anchor)? = entries["$dynamicAnchor"], doc.anchors[anchor] == nil { doc.anchors[anchor] = pointer }
        if case .string(let id)? = entries[doc.draft == 4 ? "id" : "$id"], !pointer.isEmpty {
            if id.hasPrefix("#") {
                doc.anchors[String(id.dropFirst())] = pointer
            } else {
                doc.ids[id] = pointer
            }
        }
        for key in keys where key != "enum" && key != "const" && key != "examples" && key != "default" {
            indexAnchors(entries[key]!, pointer: pointer + "/" + Self.escape(key), into: &doc)
        }
    }

    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    private static func lookup(_ pointer: String, in root: JSONTree) -> JSONTree? {
        if pointer.isEmpty { return root }
        var current = root
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

    /// `ref` resolved against the document `url`: the target document and pointer,
    /// or nil when it names something outside the known documents.
    private func resolve(_ ref: String, from url: String) -> (url: String, pointer: String)? {
        var base = ref
        var fragment = ""
        if let hash = ref.firstIndex(of: "#") {
            base = String(ref[..<hash])
            fragment = String(ref[ref.index(after: hash)...])
        }
        fragment = fragment.removingPercentEncoding ?? fragment
        var targetURL = url
        var start = ""
        if !base.isEmpty {
            if let doc = documents[url], let found = doc.ids.first(where: { $0.key == base || $0.key.hasSuffix("/" + base) }) {
                start = found.value
            } else if base.contains("://") || base.hasPrefix("urn:") {
                targetURL = base
            } else if let slash = url.lastIndex(of: "/") {
                targetURL = String(url[...slash]) + base
            }
        }
        guard let doc = document(targetURL) else { return nil }
        if fragment.isEmpty || fragment.hasPrefix("/") { return (targetURL, start + fragment) }
        guard let pointer = doc.anchors[fragment] else { return nil }
        return (targetURL, pointer)
    }

    func compile(url: String, pointer: String) throws -> JSONSchema {
        let key = url + "#" + pointer
        if let done = compiled[key] { return done }
        guard let doc = document(url) else {
            throw Failure(description: "jsonschema: failed loading \(goQuote(url))")
        }
        let node = JSONSchema(documentURL: url, location: pointer)
        node.draft = doc.draft
        compiled[key] = node
        guard let tree = Self.lookup(pointer, in: doc.tree) else {
            throw Failure(description: "json-pointer in \(goQuote(key)) not found")
        }
        try fill(node, from: tree)
        return node
    }

    private func sub(_ node: JSONSchema, _ path: String...) throws -> JSONSchema {
        try compile(url: node.documentURL, pointer: node.location + path.map { "/" + Self.escape($0) }.joined())
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
            node.ref = try compileRef(ref, node)
            if draft < 2019 { return }
        }
        if draft == 2019, case .string(let ref)? = obj["$recursiveRef"] {
            node.recursiveRef = try dynamicTarget(anchored: ref == "#" && isRecursiveAnchorRoot(), ref, node)
        }
        if draft >= 2020, case .string(let ref)? = obj["$dynamicRef"] {
            var anchored = false
            if let hash = ref.firstIndex(of: "#") {
                let name = String(ref[ref.index(after: hash)...])
                if case .string(let a)? = documents[entryURL]?.tree["$dynamicAnchor"], a == name { anchored = true }
            }
            node.dynamicRef = try dynamicTarget(anchored: anchored, ref, node)
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
                    throw Failure(description: "invalid regex \(goQuote(key)) at \(goQuote(node.documentURL + "#" + node.location + "/patternProperties")): \(error)")
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
                throw Failure(description: "invalid regex \(goQuote(p)) at \(goQuote(node.documentURL + "#" + node.location + "/pattern")): \(error)")
            }
        }
        node.minItems = Self.int(obj["minItems"])
        node.maxItems = Self.int(obj["maxItems"])
        if case .bool(true)? = obj["uniqueItems"] { node.uniqueItems = true }
        node.maxProperties = Self.int(obj["maxProperties"])
        node.minProperties = Self.int(obj["minProperties"])
        if case .array(let a)? = obj["required"] { node.required = Self.strings(a) }
        if draft < 2019 || assertFormats, case .string(let f)? = obj["format"] { node.format = f }

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

    private func compileRef(_ ref: String, _ node: JSONSchema) throws -> JSONSchema {
        guard let target = resolve(ref, from: node.documentURL) else {
            throw Failure(description: "jsonschema: failed loading \(goQuote(ref)): unresolvable reference")
        }
        return try compile(url: target.url, pointer: target.pointer)
    }

    /// The outermost schema of the dynamic scope when the anchor matches there, else the static target.
    private func dynamicTarget(anchored: Bool, _ ref: String, _ node: JSONSchema) throws -> JSONSchema {
        anchored ? try compile(url: entryURL, pointer: "") : try compileRef(ref, node)
    }

    private func isRecursiveAnchorRoot() -> Bool {
        if case .bool(true)? = documents[entryURL]?.tree["$recursiveAnchor"] { return true }
        return false
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
