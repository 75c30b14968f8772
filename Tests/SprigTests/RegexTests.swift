import Foundation
import Testing
import GoValue
@testable import Sprig

@Suite struct RegexTests {
    static let cases = ExtCase.load("regex")

    @Test func tableIsLoaded() {
        #expect(Self.cases.count >= 300)
    }

    /// Every call the reference Helm ran: same type, same printed value and JSON, or the same error.
    @Test(arguments: cases)
    func matchesHelm(_ c: ExtCase) {
        let evaluator = ExtEvaluator()
        do {
            let v = try evaluator.evaluate(c)
            #expect(c.err == nil, "expected error \(c.err ?? "")")
            #expect(extTypeName(v) == c.type)
            #expect(extFormat(v) == c.out)
            if case .slice(let s) = v {
                #expect(extJSONStrings(s) == c.json)
            }
        } catch {
            #expect(c.err == "\(error)")
        }
    }

    /// A pattern that is exponential for naive backtracking finishes quickly here.
    @Test func noCatastrophicBacktracking() throws {
        let re = try GoRegexp("(a*)*b")
        let text = String(repeating: "a", count: 5000)
        let start = Date()
        #expect(!re.matches(text))
        #expect(try GoRegexp("(x+x+)+y").allMatches(in: String(repeating: "x", count: 2000), limit: -1) == nil)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func publicAPI() throws {
        let re = try GoRegexp("(?P<k>\\w+)=(\\d+)")
        #expect(re.subexpressionNames == [nil, "k", nil])
        #expect(re.replacingAll(in: "a=1 b=2", with: "${k}:$2") == "a:1 b:2")
        #expect(throws: RegexSyntaxError(code: .missingParen, expression: "(")) { try GoRegexp("(") }
    }
}

/// `toJson` of a `[]string`, the way Go's encoder writes it (null for a nil slice).
func extJSONStrings(_ s: GoSlice) -> String {
    if s.isNil { return "null" }
    let items = s.elements.map { v -> String in
        var out = "\""
        for u in (v.stringValue ?? "").unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
    return "[" + items.joined(separator: ",") + "]"
}
