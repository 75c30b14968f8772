import Foundation
import GoValue
import YAML

/// Writes a JSON object with fields in a fixed order, as `encoding/json` writes a Go
/// struct (maps, by contrast, come out key-sorted through `HelmYAML.marshalJSON`).
struct JSONObjectWriter {
    private var fields: [String] = []

    static func quote(_ s: String) -> String {
        (try? HelmYAML.marshalJSON(.string(s))) ?? "\"\""
    }

    mutating func raw(_ key: String, _ json: String) { fields.append(Self.quote(key) + ":" + json) }

    mutating func string(_ key: String, _ value: String, omitEmpty: Bool = true) {
        if omitEmpty && value.isEmpty { return }
        raw(key, Self.quote(value))
    }

    mutating func int(_ key: String, _ value: Int, omitEmpty: Bool = true) {
        if omitEmpty && value == 0 { return }
        raw(key, String(value))
    }

    mutating func bool(_ key: String, _ value: Bool) { if value { raw(key, "true") } }

    mutating func time(_ key: String, _ value: ReleaseTime, omitZero: Bool = true) {
        if omitZero && value.isZero { return }
        raw(key, Self.quote(value.rfc3339Nano))
    }

    mutating func strings(_ key: String, _ values: [String], omitEmpty: Bool = true) {
        if omitEmpty && values.isEmpty { return }
        raw(key, "[" + values.map(Self.quote).joined(separator: ",") + "]")
    }

    mutating func value(_ key: String, _ value: GoValue) throws {
        raw(key, try HelmYAML.marshalJSON(value))
    }

    mutating func bytes(_ key: String, _ data: [UInt8]?) {
        guard let data else { raw(key, "null"); return }
        raw(key, Self.quote(Data(data).base64EncodedString()))
    }

    var text: String { "{" + fields.joined(separator: ",") + "}" }
}
