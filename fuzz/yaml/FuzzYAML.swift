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
    if let yaml = try? HelmYAML.marshal(v) {
        let back = HelmYAML.fromYAML(yaml)
        let a = HelmYAML.toJSON(v), b = HelmYAML.toJSON(back)
        if a != b { fatalError("toYaml round trip changed the value:\n\(a)\n\(b)\n\(yaml)") }
    }
    return 0
}
