import Foundation
import GoValue

/// values.schema.json validation for a chart and its enabled subcharts (Helm's
/// `ValidateAgainstSchema`), run on the coalesced values.
public enum SchemaCheck {
    /// Throws `ValuesError.schema` listing every chart whose values break its schema.
    public static func validate(chart: Chart, values: GoMap) throws {
        let listing = report(chart: chart, values: values)
        if !listing.isEmpty { throw ValuesError.schema(listing: listing) }
    }

    /// The per-chart listing (`name:\n- at ...\n`), empty when everything is valid.
    static func report(chart: Chart, values: GoMap) -> String {
        var out = ""
        if let schema = chart.schema, let problem = validateSingle(values: values, schema: schema) {
            out += "\(chart.name):\n" + problem
        }
        for sub in chart.dependencies {
            guard let raw = values[sub.name], !raw.isNil else { continue }
            guard let subValues = raw.mapValue else {
                out += "\(sub.name):\ninvalid type for values: expected object (map), got \(raw.type.map { "\($0)" } ?? "<nil>")\n"
                continue
            }
            out += report(chart: sub, values: subValues)
        }
        return out
    }

    /// Helm's `ValidateAgainstSingleSchema`: the error text, or nil when the values pass.
    public static func validateSingle(values: GoMap, schema: [UInt8]) -> String? {
        let text = String(decoding: schema, as: UTF8.self)
        let document: JSONTree
        do {
            if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) { return "EOF" }
            document = try GoJSONDecoder.decodeTree(text)
        } catch {
            let message = "\(error)"
            return message == "unexpected end of JSON input" ? "unexpected EOF" : message
        }
        let draft = SchemaCompiler.draft(of: document)
        if let meta = metaSchemaRoot(draft: draft),
           let violations = SchemaValidator.validate(document.goValue, against: meta) {
            var out = "\(goQuote(SchemaCompiler.valuesSchemaURL + "#")) is not valid against metaschema: "
            out += "jsonschema validation failed with \(SchemaText.quote(SchemaCompiler.metaSchemaURL(draft: draft) + "#"))"
            for v in violations { v.display(into: &out, indent: 1) }
            return out
        }
        let root: JSONSchema
        do {
            root = try SchemaCompiler(document: document).compileRoot()
        } catch {
            return "\(error)"
        }
        guard let violations = SchemaValidator.validate(.map(values), against: root) else { return nil }
        var out = ""
        for v in violations { v.display(into: &out, indent: 1) }
        return String(out.dropFirst()) + "\n"
    }

    /// Compiled meta-schemas, built once: validation never mutates them.
    nonisolated(unsafe) private static var metaRoots: [Int: JSONSchema] = [:]
    private static let metaLock = NSLock()

    private static func metaSchemaRoot(draft: Int) -> JSONSchema? {
        metaLock.lock()
        defer { metaLock.unlock() }
        if let root = metaRoots[draft] { return root }
        guard let root = try? SchemaCompiler.metaSchema(draft: draft)?.compileRoot() else { return nil }
        metaRoots[draft] = root
        return root
    }
}
