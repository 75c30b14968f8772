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
            #expect(extJSON(v) == c.json)
            if case .slice(let s) = v {
                #expect(extJSONStrings(s) == c.json)
            }
        } catch {
            #expect(c.err == "\(error)")
        }
    }

    /// The Pike VM (used for large inputs) and the backtracker agree with Helm on every case.
    @Test(arguments: cases.filter { $0.err == nil && $0.fn != "regexQuoteMeta" })
    func bothEnginesMatchHelm(_ c: ExtCase) {
        guard case .string(let pattern) = c.args[0], case .string(let subject) = c.args[1] else { return }
        for engine in [GoRegexp.Engine.backtrack, .pikeVM] {
            // regexMatch reports a bad pattern as false; nothing to run.
            guard var re = try? GoRegexp(pattern) else { #expect(c.out == "false"); continue }
            re.engine = engine
            let limit: Int = { if c.args.count > 2, case .int(let n) = c.args[2] { return n }; return -1 }()
            let third: String = { if c.args.count > 2, case .string(let t) = c.args[2] { return t }; return "" }()
            let out: String
            switch c.fn {
            case "regexMatch", "mustRegexMatch": out = re.matches(subject) ? "true" : "false"
            case "regexFind", "mustRegexFind": out = re.firstMatch(in: subject)
            case "regexFindAll", "mustRegexFindAll":
                out = "[" + (re.allMatches(in: subject, limit: limit) ?? []).joined(separator: " ") + "]"
            case "regexReplaceAll", "mustRegexReplaceAll": out = re.replacingAll(in: subject, with: third)
            case "regexReplaceAllLiteral", "mustRegexReplaceAllLiteral": out = re.replacingAll(in: subject, withLiteral: third)
            case "regexSplit", "mustRegexSplit": out = "[" + (re.split(subject, limit: limit) ?? []).joined(separator: " ") + "]"
            default: continue
            }
            #expect(out == c.out, "\(engine)")
        }
    }

    /// Large inputs switch to the Pike VM and stay fast.
    @Test func largeInputUsesBoundedMemory() throws {
        let text = String(repeating: "ab12 ", count: 200_000)
        let re = try GoRegexp("(\\w+?)(\\d+)")
        let start = Date()
        #expect(re.allMatches(in: text, limit: 3) == ["ab12", "ab12", "ab12"])
        #expect(re.replacingAll(in: String(text.prefix(20)), with: "<$2>") == "<12> <12> <12> <12> ")
        #expect(Date().timeIntervalSince(start) < 20)
    }

    /// Many matches over a large text: each search is cheap, the whole call stays linear-ish.
    @Test func manyMatchesInLargeText() throws {
        let text = String(repeating: "key: value  # note\n", count: 5_000)
        let start = Date()
        let out = try GoRegexp("\\s+").replacingAll(in: text, with: " ")
        #expect(out.hasPrefix("key: value # note key: value"))
        #expect(try GoRegexp("(?m)^(\\w+):").allMatches(in: text, limit: -1)?.count == 5_000)
        #expect(Date().timeIntervalSince(start) < 30)
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

    /// Absurd nesting is refused with Go's error instead of exhausting the stack.
    @Test func deepNestingIsAnError() {
        let deep = String(repeating: "(", count: 5000) + "a" + String(repeating: ")", count: 5000)
        #expect(throws: RegexSyntaxError(code: .nestingDepth, expression: deep)) { try GoRegexp(deep) }
        let fine = String(repeating: "(?:", count: 200) + "a*" + String(repeating: ")*", count: 200)
        #expect((try? GoRegexp(fine))?.matches("aaa") == true)
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
