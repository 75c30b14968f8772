/// The version check behind Chart.yaml's `version` (Masterminds/semver `NewVersion`):
/// an optional `v`, one to three numeric parts, then optional pre-release and build.
enum SemanticVersion {
    static func isValid(_ text: String) -> Bool {
        var s = Substring(text)
        if s.hasPrefix("v") { s = s.dropFirst() }
        var build: Substring?
        if let plus = s.firstIndex(of: "+") { build = s[s.index(after: plus)...]; s = s[..<plus] }
        var pre: Substring?
        if let dash = s.firstIndex(of: "-") { pre = s[s.index(after: dash)...]; s = s[..<dash] }
        let numbers = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(numbers.count) else { return false }
        for n in numbers {
            guard !n.isEmpty, n.allSatisfy({ $0.isASCII && $0.isNumber }), UInt64(n) != nil else { return false }
        }
        if let pre {
            for id in pre.split(separator: ".", omittingEmptySubsequences: false) {
                guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return false }
                if id.allSatisfy({ $0.isNumber }), id.count > 1, id.hasPrefix("0") { return false }
            }
        }
        if let build {
            for id in build.split(separator: ".", omittingEmptySubsequences: false) {
                guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return false }
            }
        }
        return true
    }
}
