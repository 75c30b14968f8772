import Foundation
@testable import GoValue

/// A typed operand as the generator script describes it (`["float64", "1.5"]`).
indirect enum FmtArgument: CustomStringConvertible, Sendable {
    case int(Int), int64(Int64), float64(Double), string(String), bool(Bool), null
    case list([FmtArgument]), strings([String]), ints(Int), map([String: FmtArgument]), bytes([UInt8])

    init(json: Any) {
        let parts = json as? [Any] ?? []
        let kind = parts.first as? String ?? "nil"
        let payload: Any? = parts.count > 1 ? parts[1] : nil
        switch kind {
        case "int": self = .int((payload as? NSNumber)?.intValue ?? 0)
        case "int64": self = .int64(Int64(payload as? String ?? "") ?? 0)
        case "float64": self = .float64(Double(payload as? String ?? "") ?? .nan)
        case "string": self = .string(payload as? String ?? "")
        case "bool": self = .bool((payload as? NSNumber)?.boolValue ?? false)
        case "list": self = .list((payload as? [Any] ?? []).map(FmtArgument.init(json:)))
        case "strings": self = .strings(payload as? [String] ?? [])
        case "ints": self = .ints((payload as? NSNumber)?.intValue ?? 0)
        case "map": self = .map((payload as? [String: Any] ?? [:]).mapValues(FmtArgument.init(json:)))
        case "bytes": self = .bytes((payload as? [NSNumber] ?? []).map { $0.uint8Value })
        default: self = .null
        }
    }

    /// The Go value Helm builds for this operand (`list` → `[]interface{}`, `until` → `[]int`).
    var value: GoValue {
        switch self {
        case .int(let i): return .int(i)
        case .int64(let i): return .int64(i)
        case .float64(let d): return .float64(d)
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .null: return .nil
        case .list(let items): return .list(items.map(\.value))
        case .strings(let items): return .strings(items)
        case .ints(let n): return .slice(GoSlice((0..<n).map { .int($0) }, elementType: .int))
        case .map(let entries): return .dict(entries.mapValues(\.value))
        case .bytes(let bytes):
            return .slice(GoSlice(bytes.map { .integer(Int64($0), .uint8) }, elementType: .uint8))
        }
    }

    var description: String {
        switch self {
        case .int(let i): return "int(\(i))"
        case .int64(let i): return "int64(\(i))"
        case .float64(let d): return "float64(\(d))"
        case .string(let s): return "string(\(s.debugDescription))"
        case .bool(let b): return "bool(\(b))"
        case .null: return "nil"
        case .list(let items): return "list\(items)"
        case .strings(let items): return "strings\(items)"
        case .ints(let n): return "until(\(n))"
        case .map(let entries): return "dict\(entries)"
        case .bytes(let bytes): return "bytes\(bytes)"
        }
    }
}
