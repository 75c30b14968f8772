import Foundation
@testable import GoValue

/// One row of testdata/fmt/cases.json: a Go fmt call and what the reference Helm printed.
struct FmtCase: CustomStringConvertible, Sendable {
    enum Call: String, Sendable { case printf, print, println, float32, parse, json }

    let group: String
    let call: Call
    let format: String
    let arguments: [FmtArgument]
    /// The expected bytes (may be invalid UTF-8, e.g. `%s` of a `[]byte`).
    let expected: [UInt8]

    var description: String { "\(call.rawValue)(\(format.debugDescription), \(arguments))" }

    /// Runs the call through our GoFmt.
    func actual() -> [UInt8] {
        let values = arguments.map(\.value)
        switch call {
        case .printf: return Array(GoFmt.sprintf(format, values).utf8)
        case .print: return Array(GoFmt.sprint(values).utf8)
        case .println: return Array(GoFmt.sprintln(values).utf8)
        case .parse:
            // Sprig's float64, int64 (cast: ParseInt(s, 0, 0)) and atoi; cast gives 0 on any error.
            let float = Strconv.parseFloat(format)
            let int = Strconv.parseInt(format, base: 0, bitSize: 0)
            let atoi = Strconv.atoi(format)
            let parts: [GoValue] = [.float64(float.error == nil ? float.value : 0),
                                    .int64(int.error == nil ? int.value : 0), .int(atoi.value)]
            return Array(GoFmt.sprintf("%v|%v|%v", parts).utf8)
        case .json:
            guard case .float64(let d) = values.first else { return [] }
            return Array((Strconv.formatJSONFloat(d) ?? "").utf8)
        case .float32:
            guard case .float64(let d) = values.first else { return [] }
            return Array(Strconv.formatFloat(d, format: "g", precision: -1, bitSize: 32).utf8)
        }
    }

    /// All cases, loaded once.
    static let all: [FmtCase] = load()

    static func load() -> [FmtCase] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("testdata/fmt/cases.json")
        guard let data = try? Data(contentsOf: url),
              let rows = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            return []
        }
        return rows.compactMap { row in
            guard let call = Call(rawValue: row["k"] as? String ?? ""),
                  let format = row["f"] as? String,
                  let args = row["a"] as? [Any] else { return nil }
            let expected: [UInt8]
            if let out = row["out"] as? String {
                expected = Array(out.utf8)
            } else if let b64 = row["outb64"] as? String, let raw = Data(base64Encoded: b64) {
                expected = Array(raw)
            } else {
                return nil
            }
            return FmtCase(group: row["g"] as? String ?? "", call: call, format: format, arguments: args.map(FmtArgument.init(json:)), expected: expected)
        }
    }
}

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
