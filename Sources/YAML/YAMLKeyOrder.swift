/// go-yaml v2's "natural" ordering of string map keys (its `keyList.Less`), which
/// `toYaml` uses instead of byte order: digit runs compare as numbers, a non-letter
/// sorts before a letter. Not transitive for some key sets, exactly like Go's.
enum YAMLKeyOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        let ar = Array(a.unicodeScalars), br = Array(b.unicodeScalars)
        var i = 0
        while i < ar.count && i < br.count {
            if ar[i] == br[i] { i += 1; continue }
            let al = isLetter(ar[i]), bl = isLetter(br[i])
            if al && bl { return ar[i].value < br[i].value }
            if al || bl { return bl }
            var an: Int64 = 0, bn: Int64 = 0
            if ar[i] == "0" || br[i] == "0" {
                var j = i - 1
                while j >= 0 && isDigit(ar[j]) {
                    if ar[j] != "0" { an = 1; bn = 1; break }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && isDigit(ar[ai]) {
                an = an &* 10 &+ (Int64(ar[ai].value) &- 48)
                ai += 1
            }
            var bi = i
            while bi < br.count && isDigit(br[bi]) {
                bn = bn &* 10 &+ (Int64(br[bi].value) &- 48)
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return ar[i].value < br[i].value
        }
        return ar.count < br.count
    }

    /// Go's `unicode.IsLetter`: categories Lu, Ll, Lt, Lm, Lo.
    static func isLetter(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII {
            let v = u.value
            return (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit`: category Nd.
    static func isDigit(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII { return u.value >= 48 && u.value <= 57 }
        return u.properties.generalCategory == .decimalNumber
    }
}
