/// A decoded YAML value as go-yaml v2 hands it to sigs.k8s.io/yaml: Go's
/// `int`/`uint64`/`float64`/`bool`/`string`/nil, `[]interface{}` and
/// `map[interface{}]interface{}` (keys of any scalar type, last assignment wins).
indirect enum RawYAML {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case float(Double)
    case string(String)
    case sequence([RawYAML])
    case mapping(RawMapping)
}

/// `map[interface{}]interface{}` with Go's key equality. Each entry remembers when it
/// was last assigned, so that keys which collapse to one string later (`yes` and
/// `"true"`) keep the most recently written value.
struct RawMapping {
    var keys: [RawYAML] = []
    var values: [RawYAML] = []
    var stamps: [Int] = []
    private var index: [RawKey: Int] = [:]
    private var clock = 0

    mutating func set(_ key: RawYAML, _ value: RawYAML) {
        clock += 1
        let k = RawKey(key)
        if let k, let i = index[k] {
            values[i] = value
            stamps[i] = clock
            return
        }
        keys.append(key); values.append(value); stamps.append(clock)
        if let k { index[k] = keys.count - 1 }
    }

    var count: Int { keys.count }
}

/// Go map-key identity for scalar keys (`1` and `1.0` differ; NaN never equals itself).
enum RawKey: Hashable {
    case null, bool(Bool), int(Int64), uint(UInt64), float(UInt64), string(String)

    init?(_ v: RawYAML) {
        switch v {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .uint(let u): self = .uint(u)
        case .float(let d):
            if d.isNaN { return nil }
            self = .float((d == 0 ? 0.0 : d).bitPattern)
        case .string(let s): self = .string(s)
        case .sequence, .mapping: return nil
        }
    }
}
