import Foundation
import GoValue
import YAML

/// `toYamlPretty`: go-yaml v3's encoder with a two-space indent. It differs from
/// `toYaml` (go-yaml v2) mainly in indenting block sequences under their mapping key,
/// so the v2 text is re-indented: every sequence that a `key:` line opens moves two
/// spaces right, with everything inside it.
enum PrettyYAML {
    /// go-yaml v3 writes floats itself (`strconv.FormatFloat(f, 'g', -1, 64)`: `1e+06`),
    /// while the v2 path goes through JSON (`1000000`); floats travel as markers and are
    /// replaced after marshaling.
    static func render(_ value: GoValue) -> String {
        var floats: [String] = []
        let marked = mark(value, &floats)
        var text = HelmYAML.toYAML(marked)
        for (n, f) in floats.enumerated().reversed() {
            let marker = "\u{E000}\(n)\u{E001}"
            for form in ["\"\(marker)\"", "'\(marker)'", marker] {
                text = text.replacingOccurrences(of: form, with: f)
            }
        }
        return reindent(text)
    }

    private static func mark(_ value: GoValue, _ floats: inout [String]) -> GoValue {
        switch value {
        case .float64(let d):
            floats.append(v3Float(d, bits: 64))
            return .string("\u{E000}\(floats.count - 1)\u{E001}")
        case .float32(let f):
            floats.append(v3Float(Double(f), bits: 32))
            return .string("\u{E000}\(floats.count - 1)\u{E001}")
        case .map(let m):
            return .map(GoMap(m.entries.mapValues { mark($0, &floats) }, valueType: .interface, isNil: m.isNil))
        case .slice(let s):
            return .slice(GoSlice(s.elements.map { mark($0, &floats) }, elementType: .interface, isNil: s.isNil))
        default:
            return value
        }
    }

    private static func v3Float(_ d: Double, bits: Int) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d > 0 ? ".inf" : "-.inf" }
        return GoFmt.formatFloat(d, format: "g", precision: -1, bitSize: bits)
    }

    static func reindent(_ v2: String) -> String {
        var out: [Substring] = []
        var shifts: [Int] = []          // base indents of the sequences being moved
        var previous: (indent: Int, opensBlock: Bool)?
        var inBlockScalar: Int?          // indent of the key that opened a `|` or `>` block
        for line in v2.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent)
            if let block = inBlockScalar {
                if content.isEmpty || indent > block {
                    out.append(shifted(line, by: 2 * shifts.count))
                    continue
                }
                inBlockScalar = nil
            }
            let isItem = content.hasPrefix("- ") || content == "-"
            while let base = shifts.last, base > indent || (base == indent && !isItem) { shifts.removeLast() }
            if isItem, let p = previous, p.opensBlock, p.indent == indent, shifts.last != indent {
                shifts.append(indent)
            }
            out.append(shifted(line, by: 2 * shifts.count))
            let trimmed = content.hasSuffix("\r") ? content.dropLast() : content
            // A key after one or more `- ` sits deeper than the line's indent.
            var keyIndent = indent
            var rest = trimmed
            while rest.hasPrefix("- ") { rest = rest.dropFirst(2); keyIndent += 2 }
            previous = (keyIndent, rest.hasSuffix(":"))
            if trimmed.hasSuffix("|") || trimmed.hasSuffix("|-") || trimmed.hasSuffix(">") || trimmed.hasSuffix(">-")
                || trimmed.hasSuffix("|+") || trimmed.hasSuffix(">+") {
                inBlockScalar = indent + (isItem ? 2 : 0)
            }
        }
        return out.joined(separator: "\n")
    }

    private static func shifted(_ line: Substring, by n: Int) -> Substring {
        n == 0 || line.isEmpty ? line : Substring(String(repeating: " ", count: n) + line)
    }
}
