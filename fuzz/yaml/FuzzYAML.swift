import GoValue
import YAML

/// libFuzzer entry: the decoder must never crash, and what it decodes must survive
/// `toYaml` → decode unchanged in its JSON form.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let v = HelmYAML.fromYAML(text)
    _ = HelmYAML.fromYAMLArray(text)
    _ = HelmYAML.fromJSON(text)
    _ = HelmYAML.splitManifests(text)
    _ = try? HelmYAML.decodeValues(text)
    _ = HelmYAML.fromTOML(text)
    _ = try? HelmYAML.simpleHead(text)
    // go-yaml itself does not round-trip line separators inside quoted scalars (it folds
    // them on reading) nor a "<<" key (written plain, read back as a merge), so the
    // property is only checked without them.
    let json = HelmYAML.toJSON(v)
    if !json.unicodeScalars.contains("\u{85}"), let yaml = try? HelmYAML.marshal(v),
       !yaml.unicodeScalars.contains(where: { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }),
       !yaml.contains("<<") {
        let back = HelmYAML.fromYAML(yaml)
        if !same(v, back) { fatalError("toYaml round trip changed the value:\n\(json)\n\(HelmYAML.toJSON(back))\n\(yaml)") }
    }
    return 0
}

/// Value equality where -0 equals 0 (toYaml writes -0 as 0, as Helm does).
func same(_ a: GoValue, _ b: GoValue) -> Bool {
    switch (a, b) {
    case (.nil, .nil): return true
    case let (.bool(x), .bool(y)): return x == y
    case let (.string(x), .string(y)): return x == y
    case let (.float64(x), .float64(y)): return x == y
    case let (.slice(x), .slice(y)):
        return x.elements.count == y.elements.count && zip(x.elements, y.elements).allSatisfy { same($0, $1) }
    case let (.map(x), .map(y)):
        return x.entries.count == y.entries.count && x.entries.allSatisfy { k, v in y.entries[k].map { same(v, $0) } ?? false }
    default: return false
    }
}
