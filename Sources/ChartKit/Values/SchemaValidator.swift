import Foundation
import GoValue

/// Validates values against a compiled schema, in the library's keyword order, so
/// that the same errors come out grouped the same way.
struct SchemaValidator {
    /// The chain of schemas applied to one value, for `$ref` cycle detection.
    final class Scope {
        let schema: JSONSchema
        let valueID: Int
        let parent: Scope?
        init(_ schema: JSONSchema, _ valueID: Int, _ parent: Scope?) {
            self.schema = schema
            self.valueID = valueID
            self.parent = parent
        }
    }

    /// Properties and items no keyword has looked at yet (for `unevaluated*`).
    struct Uneval {
        var props: Set<String> = []
        var items: Set<Int> = []
        var isEmpty: Bool { props.isEmpty && items.isEmpty }

        init() {}

        init(_ v: GoValue, _ s: JSONSchema, callerNeeds: Bool) {
            switch v {
            case .map(let m):
                if !s.allPropsEvaluated && (callerNeeds || s.unevaluatedProperties != nil) { props = Set(m.entries.keys) }
            case .slice(let a):
                if !s.allItemsEvaluated && (callerNeeds || s.unevaluatedItems != nil) && s.numItemsEvaluated < a.count {
                    items = Set(s.numItemsEvaluated..<a.count)
                }
            default: break
            }
        }

        mutating func merge(_ other: Uneval) {
            props = props.intersection(other.props)
            items = items.intersection(other.items)
        }
    }

    /// Validates `values` against `root` as `Schema.Validate` does; nil when valid,
    /// else the top-level errors.
    static func validate(_ values: GoValue, against root: JSONSchema) -> [SchemaViolation]? {
        var uneval = Uneval(values, root, callerNeeds: false)
        guard let error = validate(root, values, [], Scope(root, 0, nil), &uneval) else { return nil }
        if case .group = error.kind { return error.causes }
        return [error]
    }

    // MARK: one schema, one value

    static func validate(_ s: JSONSchema, _ v: GoValue, _ loc: [String], _ scope: Scope, _ uneval: inout Uneval) -> SchemaViolation? {
        func fail(_ message: String) -> SchemaViolation { SchemaViolation(location: loc, kind: .message(message)) }

        if let b = s.boolValue { return b ? nil : fail("false schema") }
        var ancestor = scope.parent
        while let a = ancestor, a.valueID == scope.valueID {
            if a.schema === s {
                return fail("both \(a.schema.location) and \(s.location) resolve to \(goQuote("\(s.documentURL)#" + s.location)) causing reference cycle")
            }
            ancestor = a.parent
        }
        guard let t = typeName(v) else { return fail("invalid jsonType \(v.type.map { "\($0)" } ?? "<nil>")") }

        if let types = s.types {
            let matched = types.contains(t) || (types.contains("integer") && t == "number" && isInteger(v))
            if !matched { return fail("got \(t), want \(types.joined(separator: " or "))") }
        }
        if let c = s.constValue, !equals(v, c) {
            switch c {
            case .array, .object: return fail("'const' failed")
            default: return fail("value must be \(SchemaText.display(c))")
            }
        }
        if let e = s.enumValues, !e.contains(where: { equals(v, $0) }) {
            let allPrimitive = !e.contains { if case .array = $0 { return true }; if case .object = $0 { return true }; return false }
            if !allPrimitive { return fail("'enum' failed") }
            if e.count == 1 { return fail("value must be \(SchemaText.display(e[0]))") }
            return fail("value must be one of \(e.map(SchemaText.display).joined(separator: ", "))")
        }
        if let f = s.format, let problem = SchemaFormats.check(f, v) {
            return fail("\(displayValue(v)) is not valid \(f): \(problem)")
        }

        var errors: [SchemaViolation] = []
        if let ref = s.ref {
            let e = validateRef(ref, "$ref", v, loc, scope, &uneval)
            if s.draft < 2019 { return e }
            if let e { errors.append(e) }
        }
        switch v {
        case .map(let m): validateObject(s, m, loc, scope, &uneval, &errors)
        case .slice(let a): validateArray(s, a.elements, loc, scope, &uneval, &errors)
        case .string(let str): validateString(s, str, loc, &errors)
        case .nil, .bool: break
        default: validateNumber(s, v, loc, &errors)
        }
        if s.draft >= 2019 {
            if let r = s.recursiveRef, let e = validateRef(r, "$recursiveRef", v, loc, scope, &uneval) { errors.append(e) }
            if let r = s.dynamicRef, let e = validateRef(r, "$dynamicRef", v, loc, scope, &uneval) { errors.append(e) }
        }
        validateConditions(s, v, loc, scope, &uneval, &errors)
        if s.draft >= 2019 { validateUnevaluated(s, v, loc, scope, &uneval, &errors) }

        switch errors.count {
        case 0: return nil
        case 1: return errors[0]
        default: return SchemaViolation(location: loc, kind: .group, causes: errors)
        }
    }

    /// Another schema on the same value (`allOf`, `$ref`, ...): its evaluated properties count.
    static func validateSelf(_ sch: JSONSchema, _ v: GoValue, _ loc: [String], _ scope: Scope, _ uneval: inout Uneval) -> SchemaViolation? {
        var child = Uneval(v, sch, callerNeeds: !uneval.isEmpty)
        let error = validate(sch, v, loc, Scope(sch, scope.valueID, scope), &child)
        if error == nil { uneval.merge(child) }
        return error
    }

    /// A schema on a member of the value (a property or an item).
    static func validateVal(_ sch: JSONSchema, _ v: GoValue, _ loc: [String], _ token: String, _ scope: Scope) -> SchemaViolation? {
        var child = Uneval(v, sch, callerNeeds: false)
        return validate(sch, v, loc + [token], Scope(sch, scope.valueID + 1, scope), &child)
    }

    static func validateRef(_ sch: JSONSchema, _ keyword: String, _ v: GoValue, _ loc: [String], _ scope: Scope,
                            _ uneval: inout Uneval) -> SchemaViolation? {
        guard let error = validateSelf(sch, v, loc, scope, &uneval) else { return nil }
        var ref = SchemaViolation(location: loc, kind: .reference)
        if case .group = error.kind { ref.causes = error.causes } else { ref.causes = [error] }
        return ref
    }

    // MARK: objects

    static func validateObject(_ s: JSONSchema, _ obj: GoMap, _ loc: [String], _ scope: Scope,
                               _ uneval: inout Uneval, _ errors: inout [SchemaViolation]) {
        func fail(_ message: String) { errors.append(SchemaViolation(location: loc, kind: .message(message))) }
        let count = obj.count
        if let min = s.minProperties, count < min { fail("minProperties: got \(PrinterNumber.int(count)), want \(PrinterNumber.int(min))") }
        if let max = s.maxProperties, count > max { fail("maxProperties: got \(PrinterNumber.int(count)), want \(PrinterNumber.int(max))") }
        let missing = s.required.filter { obj[$0] == nil }
        if !missing.isEmpty {
            fail(missing.count == 1 ? "missing property \(SchemaText.quote(missing[0]))"
                                    : "missing properties \(SchemaText.joinQuoted(missing))")
        }
        for name in s.dependencies.keys.sorted() where obj[name] != nil {
            switch s.dependencies[name]! {
            case .required(let names):
                let missing = names.filter { obj[$0] == nil }
                if !missing.isEmpty {
                    fail("properties \(SchemaText.joinQuoted(missing)) required, if \(SchemaText.quote(name)) exists")
                }
            case .schema(let sch):
                if let e = validateSelf(sch, .map(obj), loc, scope, &uneval) { errors.append(e) }
            }
        }
        var additional: [String] = []
        for name in obj.sortedKeys {
            let value = obj[name]!
            var evaluated = false
            if let sch = s.properties[name] {
                evaluated = true
                if let e = validateVal(sch, value, loc, name, scope) { errors.append(e) }
            }
            for pp in s.patternProperties where pp.regex.matches(name) {
                evaluated = true
                if let e = validateVal(pp.schema, value, loc, name, scope) { errors.append(e) }
            }
            if !evaluated {
                switch s.additionalProperties {
                case .absent: break
                case .bool(let allowed):
                    evaluated = true
                    if !allowed { additional.append(name) }
                case .schema(let sch):
                    evaluated = true
                    if let e = validateVal(sch, value, loc, name, scope) { errors.append(e) }
                }
            }
            if evaluated { uneval.props.remove(name) }
        }
        if !additional.isEmpty { fail("additional properties \(SchemaText.joinQuoted(additional)) not allowed") }
        if s.draft == 4 { return }

        if let names = s.propertyNames {
            for name in obj.sortedKeys {
                if let causes = validate(.string(name), against: names) {
                    errors.append(SchemaViolation(location: [], kind: .message("invalid propertyName \(SchemaText.quote(name))"),
                                                  causes: causes))
                }
            }
        }
        if s.draft == 6 { return }
        for name in s.dependentSchemas.keys.sorted() where obj[name] != nil {
            if let e = validateSelf(s.dependentSchemas[name]!, .map(obj), loc, scope, &uneval) { errors.append(e) }
        }
        for name in s.dependentRequired.keys.sorted() where obj[name] != nil {
            let missing = s.dependentRequired[name]!.filter { obj[$0] == nil }
            if !missing.isEmpty {
                fail("properties \(SchemaText.joinQuoted(missing)) required, if \(SchemaText.quote(name)) exists")
            }
        }
    }

    // MARK: arrays

    static func validateArray(_ s: JSONSchema, _ arr: [GoValue], _ loc: [String], _ scope: Scope,
                              _ uneval: inout Uneval, _ errors: inout [SchemaViolation]) {
        func fail(_ message: String) { errors.append(SchemaViolation(location: loc, kind: .message(message))) }
        if let min = s.minItems, arr.count < min { fail("minItems: got \(PrinterNumber.int(arr.count)), want \(PrinterNumber.int(min))") }
        if let max = s.maxItems, arr.count > max { fail("maxItems: got \(PrinterNumber.int(arr.count)), want \(PrinterNumber.int(max))") }
        if s.uniqueItems && arr.count > 1 {
            search: for i in 1..<arr.count {
                for j in 0..<i where valuesEqual(arr[i], arr[j]) {
                    fail("items at \(PrinterNumber.int(j)) and \(PrinterNumber.int(i)) are equal")
                    break search
                }
            }
        }
        if s.draft < 2020 {
            var evaluated = 0
            switch s.items {
            case .absent: break
            case .schema(let sch):
                for (i, item) in arr.enumerated() {
                    if let e = validateVal(sch, item, loc, String(i), scope) { errors.append(e) }
                }
                evaluated = arr.count
            case .tuple(let schemas):
                let n = min(arr.count, schemas.count)
                for i in 0..<n {
                    if let e = validateVal(schemas[i], arr[i], loc, String(i), scope) { errors.append(e) }
                }
                evaluated = n
            }
            switch s.additionalItems {
            case .absent: break
            case .bool(let allowed):
                if !allowed && evaluated != arr.count { fail("last \(PrinterNumber.int(arr.count - evaluated)) additionalItem(s) not allowed") }
            case .schema(let sch):
                // The library names these items by their offset after the tuple.
                for (i, item) in arr[evaluated...].enumerated() {
                    if let e = validateVal(sch, item, loc, String(i), scope) { errors.append(e) }
                }
            }
        } else {
            let evaluated = min(s.prefixItems.count, arr.count)
            for i in 0..<evaluated {
                if let e = validateVal(s.prefixItems[i], arr[i], loc, String(i), scope) { errors.append(e) }
            }
            if let sch = s.items2020 {
                for (i, item) in arr[evaluated...].enumerated() {
                    if let e = validateVal(sch, item, loc, String(i), scope) { errors.append(e) }
                }
            }
        }
        if let contains = s.contains {
            var failures: [SchemaViolation] = []
            var matched: [Int] = []
            for (i, item) in arr.enumerated() {
                if let e = validateVal(contains, item, loc, String(i), scope) {
                    failures.append(e)
                } else {
                    matched.append(i)
                    if s.draft >= 2020 { uneval.items.remove(i) }
                }
            }
            let at = matched.map(String.init).joined(separator: " ")
            if let min = s.minContains {
                if matched.count < min {
                    let text = matched.isEmpty
                        ? "min \(PrinterNumber.int(min)) items required to match contains schema, but none matched"
                        : "min \(PrinterNumber.int(min)) items required to match contains schema, but matched \(PrinterNumber.int(matched.count)) items at \(at)"
                    errors.append(SchemaViolation(location: loc, kind: .message(text), causes: failures))
                }
            } else if matched.isEmpty {
                errors.append(SchemaViolation(location: loc, kind: .message("no items match contains schema"), causes: failures))
            }
            if let max = s.maxContains, matched.count > max {
                fail("max \(PrinterNumber.int(max)) items required to match contains schema, but matched \(PrinterNumber.int(matched.count)) items at \(at)")
            }
        }
    }

    // MARK: strings and numbers

    static func validateString(_ s: JSONSchema, _ str: String, _ loc: [String], _ errors: inout [SchemaViolation]) {
        func fail(_ message: String) { errors.append(SchemaViolation(location: loc, kind: .message(message))) }
        let length = str.unicodeScalars.count
        if let min = s.minLength, length < min { fail("minLength: got \(PrinterNumber.int(length)), want \(PrinterNumber.int(min))") }
        if let max = s.maxLength, length > max { fail("maxLength: got \(PrinterNumber.int(length)), want \(PrinterNumber.int(max))") }
        if let p = s.pattern, !p.regex.matches(str) {
            fail("\(SchemaText.quote(str)) does not match pattern \(SchemaText.quote(p.source))")
        }
    }

    static func validateNumber(_ s: JSONSchema, _ v: GoValue, _ loc: [String], _ errors: inout [SchemaViolation]) {
        guard let num = decimal(v) else { return }
        func fail(_ keyword: String, _ want: Decimal) {
            let text = "\(keyword): got \(PrinterNumber.float(double(num))), want \(PrinterNumber.float(double(want)))"
            errors.append(SchemaViolation(location: loc, kind: .message(text)))
        }
        if let m = s.minimum, num < m { fail("minimum", m) }
        if let m = s.maximum, num > m { fail("maximum", m) }
        if let m = s.exclusiveMinimum, num <= m { fail("exclusiveMinimum", m) }
        if let m = s.exclusiveMaximum, num >= m { fail("exclusiveMaximum", m) }
        if let m = s.multipleOf, m != 0 {
            var q = num / m
            var rounded = Decimal()
            NSDecimalRound(&rounded, &q, 0, .plain)
            if rounded != q { fail("multipleOf", m) }
        }
    }

    // MARK: applicators

    static func validateConditions(_ s: JSONSchema, _ v: GoValue, _ loc: [String], _ scope: Scope,
                                   _ uneval: inout Uneval, _ errors: inout [SchemaViolation]) {
        if let not = s.not, validateSelf(not, v, loc, scope, &uneval) == nil {
            errors.append(SchemaViolation(location: loc, kind: .message("'not' failed")))
        }
        if !s.allOf.isEmpty {
            let failures = s.allOf.compactMap { validateSelf($0, v, loc, scope, &uneval) }
            if !failures.isEmpty {
                errors.append(SchemaViolation(location: loc, kind: .message("'allOf' failed"), causes: failures))
            }
        }
        if !s.anyOf.isEmpty {
            var matched = false
            var failures: [SchemaViolation] = []
            for sch in s.anyOf {
                if let e = validateSelf(sch, v, loc, scope, &uneval) {
                    failures.append(e)
                } else {
                    matched = true
                    if uneval.isEmpty { break }
                }
            }
            if !matched { errors.append(SchemaViolation(location: loc, kind: .message("'anyOf' failed"), causes: failures)) }
        }
        if !s.oneOf.isEmpty {
            var matched = -1
            var failures: [SchemaViolation] = []
            for (i, sch) in s.oneOf.enumerated() {
                if let e = validateSelf(sch, v, loc, scope, &uneval) {
                    if matched == -1 { failures.append(e) }
                } else if matched == -1 {
                    matched = i
                } else {
                    errors.append(SchemaViolation(location: loc, kind: .message("'oneOf' failed, subschemas \(PrinterNumber.int(matched)), \(PrinterNumber.int(i)) matched")))
                    break
                }
            }
            if matched == -1 {
                errors.append(SchemaViolation(location: loc, kind: .message("'oneOf' failed, none matched"), causes: failures))
            }
        }
        if let ifSchema = s.ifSchema {
            if validateSelf(ifSchema, v, loc, scope, &uneval) == nil {
                if let then = s.thenSchema, let e = validateSelf(then, v, loc, scope, &uneval) { errors.append(e) }
            } else if let otherwise = s.elseSchema, let e = validateSelf(otherwise, v, loc, scope, &uneval) {
                errors.append(e)
            }
        }
    }

    static func validateUnevaluated(_ s: JSONSchema, _ v: GoValue, _ loc: [String], _ scope: Scope,
                                    _ uneval: inout Uneval, _ errors: inout [SchemaViolation]) {
        if case .map(let obj) = v, let sch = s.unevaluatedProperties {
            for name in uneval.props.sorted(by: goStringLess) {
                if let value = obj[name], let e = validateVal(sch, value, loc, name, scope) { errors.append(e) }
            }
            uneval.props = []
        }
        if case .slice(let arr) = v, let sch = s.unevaluatedItems {
            for i in uneval.items.sorted() {
                if let e = validateVal(sch, arr.elements[i], loc, String(i), scope) { errors.append(e) }
            }
            uneval.items = []
        }
    }

    // MARK: values

    static func typeName(_ v: GoValue) -> String? {
        switch v {
        case .nil: return "null"
        case .bool: return "boolean"
        case .string: return "string"
        case .int, .int64, .float64, .integer, .uint64, .float32: return "number"
        case .slice: return "array"
        case .map: return "object"
        case .object: return nil
        }
    }

    static func decimal(_ v: GoValue) -> Decimal? {
        switch v {
        case .int(let i): return Decimal(i)
        case .int64(let i): return Decimal(i)
        case .integer(let i, _): return Decimal(i)
        case .uint64(let u): return Decimal(u)
        case .float64(let d): return Decimal(string: Strconv.formatFloat(d, format: "g", precision: -1, bitSize: 64), locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(d)
        case .float32(let f): return Decimal(Double(f))
        default: return nil
        }
    }

    /// The nearest double, as `big.Rat.Float64` gives it (NSDecimalNumber's conversion can be off by an ulp).
    static func double(_ d: Decimal) -> Double { Double(d.description) ?? NSDecimalNumber(decimal: d).doubleValue }

    static func isInteger(_ v: GoValue) -> Bool {
        guard var d = decimal(v) else { return false }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &d, 0, .plain)
        return rounded == d
    }

    /// `display` of a value from the values (format errors).
    static func displayValue(_ v: GoValue) -> String {
        switch v {
        case .string(let s): return SchemaText.quote(s)
        case .slice, .map: return "value"
        default: return GoFmt.formatValue(v)
        }
    }

    /// Deep equality of a value with a schema literal; numbers compare by value.
    static func equals(_ v: GoValue, _ t: JSONTree) -> Bool {
        switch (v, t) {
        case (.nil, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.slice(let a), .array(let b)):
            return a.count == b.count && zip(a.elements, b).allSatisfy { equals($0, $1) }
        case (.map(let a), .object(let b, _)):
            return a.count == b.count && a.entries.allSatisfy { k, val in b[k].map { equals(val, $0) } ?? false }
        case (_, .number(let literal)):
            guard let x = decimal(v), let y = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else { return false }
            return x == y
        default: return false
        }
    }

    /// Deep equality of two values (uniqueItems).
    static func valuesEqual(_ a: GoValue, _ b: GoValue) -> Bool {
        switch (a, b) {
        case (.nil, .nil): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.slice(let x), .slice(let y)):
            return x.count == y.count && zip(x.elements, y.elements).allSatisfy { valuesEqual($0, $1) }
        case (.map(let x), .map(let y)):
            return x.count == y.count && x.entries.allSatisfy { k, v in y[k].map { valuesEqual(v, $0) } ?? false }
        default:
            guard let x = decimal(a), let y = decimal(b) else { return false }
            return x == y
        }
    }
}
