import Foundation
import GoTemplate
import GoValue
import Testing
@testable import Sprig

/// Every oracle row run as Helm ran it: through a parsed template, so the
/// executor's argument checks and conversions meet our declared parameter types.
@Suite struct EncodingTemplateTests {
    /// Go's interpreted string literal for `s`, the form the generator wrote.
    static func literal(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The action text and its data: literals inline, lists and maps through `.aN`.
    static func action(_ row: MiscCase) -> (String, GoValue) {
        var data: [String: GoValue] = [:]
        var words = [row.function]
        for (i, argument) in row.arguments.enumerated() {
            switch argument {
            case .string(let s): words.append(literal(s))
            case .int(let n): words.append(String(n))
            case .nil: words.append("nil")
            case .list, .dict:
                data["a\(i)"] = argument.goValue
                words.append(".a\(i)")
            }
        }
        return ("{{ " + words.joined(separator: " ") + " }}", .dict(data))
    }

    @Test(arguments: MiscCaseTable.all)
    func rendersLikeHelm(_ row: MiscCase) throws {
        let (text, data) = Self.action(row)
        let set = TemplateSet(functions: MiscCaseTable.functions)
        try set.parse(name: "t", text: text)
        do {
            let output = try set.execute(name: "t", data: data)
            #expect(row.error == nil, "rendered \(output)")
            #expect(output == row.output)
        } catch let error as TemplateError {
            let expected = "error calling \(row.function): \(row.error ?? "<no error>")"
            #expect(error.message == expected)
        }
    }
}
