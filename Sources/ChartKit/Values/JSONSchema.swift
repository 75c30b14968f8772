import Foundation
import Sprig

/// A compiled values.schema.json node, keyword by keyword as santhosh-tekuri/jsonschema
/// (Helm v4's validator) compiles it. A class: `$ref` cycles make the graph recursive.
final class JSONSchema {
    /// The document this node is part of.
    let documentURL: String
    /// The JSON pointer of this node inside the document.
    let location: String
    var draft: Int = 2020
    /// `true`/`false` schemas (and `{}`, which is `true`).
    var boolValue: Bool?

    var types: [String]?
    var constValue: JSONTree?
    var enumValues: [JSONTree]?
    var format: String?
    var ref: JSONSchema?
    var recursiveRef: JSONSchema?
    var dynamicRef: JSONSchema?

    var allOf: [JSONSchema] = []
    var anyOf: [JSONSchema] = []
    var oneOf: [JSONSchema] = []
    var not: JSONSchema?
    var ifSchema: JSONSchema?
    var thenSchema: JSONSchema?
    var elseSchema: JSONSchema?

    var properties: [String: JSONSchema] = [:]
    var patternProperties: [(pattern: String, regex: GoRegex, schema: JSONSchema)] = []
    var additionalProperties: Additional = .absent
    var dependencies: [String: Dependency] = [:]
    var dependentRequired: [String: [String]] = [:]
    var dependentSchemas: [String: JSONSchema] = [:]
    var propertyNames: JSONSchema?
    var unevaluatedProperties: JSONSchema?
    var required: [String] = []
    var minProperties: Int?
    var maxProperties: Int?

    /// Draft < 2020 `items`: one schema for all, or a tuple.
    var items: Items = .absent
    var additionalItems: Additional = .absent
    var prefixItems: [JSONSchema] = []
    var items2020: JSONSchema?
    var contains: JSONSchema?
    var minContains: Int?
    var maxContains: Int?
    var unevaluatedItems: JSONSchema?
    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false

    var minLength: Int?
    var maxLength: Int?
    var pattern: (source: String, regex: GoRegex)?

    var minimum: Decimal?
    var maximum: Decimal?
    var exclusiveMinimum: Decimal?
    var exclusiveMaximum: Decimal?
    var multipleOf: Decimal?

    var allPropsEvaluated: Bool { if case .absent = additionalProperties { return false } else { return true } }
    var allItemsEvaluated: Bool {
        if draft < 2020 {
            if case .schema = items { return true }
            if case .absent = additionalItems { return false }
            return true
        }
        return items2020 != nil
    }
    var numItemsEvaluated: Int {
        if draft < 2020 {
            if case .tuple(let t) = items { return t.count }
            return 0
        }
        return prefixItems.count
    }

    enum Additional {
        case absent
        case bool(Bool)
        case schema(JSONSchema)
    }

    enum Items {
        case absent
        case schema(JSONSchema)
        case tuple([JSONSchema])
    }

    enum Dependency {
        case required([String])
        case schema(JSONSchema)
    }

    init(documentURL: String, location: String) {
        self.documentURL = documentURL
        self.location = location
    }
}

/// A compiled `pattern` with Go's RE2 syntax and meaning (the Sprig target's engine),
/// searched unanchored as Go's `MatchString` does.
struct GoRegex {
    let expression: GoRegexp

    init(_ pattern: String) throws {
        expression = try GoRegexp(pattern)
    }

    func matches(_ s: String) -> Bool {
        expression.matches(s)
    }
}
