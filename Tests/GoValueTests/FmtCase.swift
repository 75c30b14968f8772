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
