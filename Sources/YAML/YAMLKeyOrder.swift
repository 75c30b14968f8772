/// go-yaml v2's "natural" ordering of string map keys (its `keyList.Less`), which
/// `toYaml` uses instead of byte order: digit runs compare as numbers, a non-letter
/// sorts before a letter. Not transitive for some key sets, exactly like Go's.
enum YAMLKeyOrder {
    /// `v3`: go-yaml v3's variant, where after a common digit a letter sorts first.
    static func less(_ a: String, _ b: String, v3: Bool = false) -> Bool {
        // Most keys are ASCII: compare their bytes in place, without building rune arrays.
        var a = a, b = b
        if let r = a.withUTF8({ ab in b.withUTF8({ bb in lessASCII(ab, bb, v3: v3) }) }) { return r }
        return lessScalars(Array(a.unicodeScalars), Array(b.unicodeScalars), v3: v3)
    }

    /// The same rule over ASCII bytes; nil when either key is not ASCII.
    private static func lessASCII(_ ar: UnsafeBufferPointer<UInt8>, _ br: UnsafeBufferPointer<UInt8>, v3: Bool) -> Bool? {
        for c in ar where c >= 0x80 { return nil }
        for c in br where c >= 0x80 { return nil }
        @inline(__always) func letter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
        @inline(__always) func digit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        var i = 0
        var digits = false
        while i < ar.count && i < br.count {
            if ar[i] == br[i] { digits = digit(ar[i]); i += 1; continue }
            let al = letter(ar[i]), bl = letter(br[i])
            if al && bl { return ar[i] < br[i] }
            if al || bl { return v3 && digits ? al : bl }
            var an: Int64 = 0, bn: Int64 = 0
            if ar[i] == 48 || br[i] == 48 {
                var j = i - 1
                while j >= 0 && digit(ar[j]) {
                    if ar[j] != 48 { an = 1; bn = 1; break }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && digit(ar[ai]) { an = an &* 10 &+ Int64(ar[ai] - 48); ai += 1 }
            var bi = i
            while bi < br.count && digit(br[bi]) { bn = bn &* 10 &+ Int64(br[bi] - 48); bi += 1 }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return ar[i] < br[i]
        }
        return ar.count < br.count
    }

    private static func lessScalars(_ ar: [Unicode.Scalar], _ br: [Unicode.Scalar], v3: Bool) -> Bool {
        var i = 0
        var digits = false
        while i < ar.count && i < br.count {
            if ar[i] == br[i] { digits = isDigit(ar[i]); i += 1; continue }
            let al = isLetter(ar[i]), bl = isLetter(br[i])
            if al && bl { return ar[i].value < br[i].value }
            if al || bl { return v3 && digits ? al : bl }
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
