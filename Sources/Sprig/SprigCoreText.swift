import GoValue

/// Go's `strings` functions and Masterminds/goutils' word functions, on UTF-8 bytes as Go
/// runs them (Swift's `String` works on grapheme clusters, which would split differently).
enum SprigCoreText {
    // MARK: strings package

    /// `strings.Index` over bytes, starting at `from`.
    static func index(_ s: [UInt8], _ sep: [UInt8], from: Int = 0) -> Int? {
        if sep.isEmpty { return from <= s.count ? from : nil }
        guard s.count >= sep.count else { return nil }
        var i = from
        while i + sep.count <= s.count {
            if s[i] == sep[0] && s[i..<(i + sep.count)].elementsEqual(sep) { return i }
            i += 1
        }
        return nil
    }

    /// `strings.LastIndex` over bytes.
    static func lastIndex(_ s: ArraySlice<UInt8>, _ c: UInt8) -> Int? { s.lastIndex(of: c) }

    static func contains(_ s: String, _ sub: String) -> Bool { index(Array(s.utf8), Array(sub.utf8)) != nil }
    static func hasPrefix(_ s: String, _ p: String) -> Bool { s.utf8.starts(with: p.utf8) }
    static func hasSuffix(_ s: String, _ p: String) -> Bool { s.utf8.reversed().starts(with: p.utf8.reversed()) }

    static func trimPrefix(_ s: String, _ p: String) -> String {
        hasPrefix(s, p) ? String(decoding: Array(s.utf8).dropFirst(p.utf8.count), as: UTF8.self) : s
    }

    static func trimSuffix(_ s: String, _ p: String) -> String {
        hasSuffix(s, p) ? String(decoding: Array(s.utf8).dropLast(p.utf8.count), as: UTF8.self) : s
    }

    /// `strings.Trim(s, cutset)`: drops leading and trailing runes found in `cutset`.
    static func trim(_ s: String, cutset: String) -> String {
        let cut = Set(cutset.unicodeScalars)
        return trimScalars(s) { cut.contains($0) }
    }

    /// `strings.TrimSpace`.
    static func trimSpace(_ s: String) -> String { trimScalars(s, SprigCoreValues.isSpace) }

    private static func trimScalars(_ s: String, _ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Array(s.unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi && drop(scalars[lo]) { lo += 1 }
        while hi > lo && drop(scalars[hi - 1]) { hi -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    /// `strings.Repeat`, which panics on a negative count or a length past Go's int.
    static func repeated(_ s: String, _ count: Int) throws -> String {
        if count == 0 || s.isEmpty && count > 0 { return "" }
        if count < 0 { throw GoCallError("strings: negative Repeat count") }
        if s.utf8.count.multipliedReportingOverflow(by: count).overflow {
            throw GoCallError("strings: Repeat output length overflow")
        }
        return String(repeating: s, count: count)
    }

    /// `strings.Replace(s, old, new, -1)`: an empty `old` matches before every rune and at the end.
    static func replaceAll(_ s: String, _ old: String, _ new: String) -> String {
        if old.isEmpty {
            var out = new
            for c in s.unicodeScalars { out.unicodeScalars.append(c); out += new }
            return out
        }
        let b = Array(s.utf8), o = Array(old.utf8)
        var out: [UInt8] = []
        var i = 0
        while let j = index(b, o, from: i) {
            out += b[i..<j]
            out += new.utf8
            i = j + o.count
        }
        out += b[i...]
        return String(decoding: out, as: UTF8.self)
    }

    /// `strings.SplitN(s, sep, n)`; `n < 0` means all pieces, `n == 0` none.
    static func split(_ s: String, _ sep: String, _ n: Int = -1) -> [String] {
        if n == 0 { return [] }
        if sep.isEmpty {
            var runes = s.unicodeScalars.map { String($0) }
            if n > 0 && runes.count > n {
                let rest = runes[(n - 1)...].joined()
                runes = Array(runes[..<(n - 1)]) + [rest]
            }
            return runes
        }
        let b = Array(s.utf8), p = Array(sep.utf8)
        var parts: [String] = []
        var i = 0
        while n < 0 || parts.count < n - 1, let j = index(b, p, from: i) {
            parts.append(SprigCoreValues.bytes(b, i, j))
            i = j + p.count
        }
        parts.append(SprigCoreValues.bytes(b, i, b.count))
        return parts
    }

    /// `strings.Title`: the first letter after a separator becomes title case.
    static func title(_ s: String) -> String {
        var prev: Unicode.Scalar = " "
        return SprigCoreValues.mapScalars(s) { c in
            defer { prev = c }
            return isSeparator(prev) ? SprigCoreValues.toTitle(c) : c
        }
    }

    private static func isSeparator(_ r: Unicode.Scalar) -> Bool {
        if r.value <= 0x7F {
            switch r {
            case "0"..."9", "a"..."z", "A"..."Z", "_": return false
            default: return true
            }
        }
        if SprigCoreValues.isLetter(r) || SprigCoreValues.isDigit(r) { return false }
        return SprigCoreValues.isSpace(r)
    }

    // MARK: goutils

    /// goutils `Uncapitalize`: lower-cases the first letter of each whitespace-separated word.
    static func uncapitalize(_ s: String) -> String {
        var next = true
        return SprigCoreValues.mapScalars(s) { c in
            if SprigCoreValues.isSpace(c) { next = true; return c }
            if next { next = false; return SprigCoreValues.toLower(c) }
            return c
        }
    }

    /// goutils `SwapCase`: upper becomes lower; lower becomes title case at a word start, else upper.
    static func swapCase(_ s: String) -> String {
        var whitespace = true
        return SprigCoreValues.mapScalars(s) { c in
            if SprigCoreValues.isUpper(c) || SprigCoreValues.isTitle(c) {
                whitespace = false
                return SprigCoreValues.toLower(c)
            }
            if SprigCoreValues.isLower(c) {
                if whitespace { whitespace = false; return SprigCoreValues.toTitle(c) }
                return SprigCoreValues.toUpper(c)
            }
            whitespace = SprigCoreValues.isSpace(c)
            return c
        }
    }

    /// goutils reads some strings byte by byte and writes each byte back as the rune of the
    /// same number; ASCII is unchanged, other bytes turn into Latin-1 characters.
    private static func byteRune(_ b: UInt8) -> Unicode.Scalar { Unicode.Scalar(b) }

    /// goutils `Initials`: the first byte of every whitespace-separated word.
    static func initials(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasGap = true
        for b in s.utf8 {
            let c = byteRune(b)
            if SprigCoreValues.isSpace(c) { lastWasGap = true } else if lastWasGap { out.append(c); lastWasGap = false }
        }
        return String(out)
    }

    /// goutils `DeleteWhiteSpace`: drops whitespace bytes (and re-reads the rest as Latin-1).
    static func deleteWhiteSpace(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var removed = false
        for b in s.utf8 {
            let c = byteRune(b)
            if SprigCoreValues.isSpace(c) { removed = true } else { out.append(c) }
        }
        return removed ? String(out) : s
    }

    /// goutils `AbbreviateFull` (byte offsets); nil where goutils returns an error.
    static func abbreviate(_ s: String, offset: Int, maxWidth: Int) -> String? {
        let b = Array(s.utf8)
        if b.isEmpty { return "" }
        if maxWidth < 4 { return nil }
        if b.count <= maxWidth { return s }
        var offset = min(offset, b.count)
        if b.count - offset < maxWidth - 3 { offset = b.count - (maxWidth - 3) }
        let marker = "..."
        if offset <= 4 { return SprigCoreValues.bytes(b, 0, maxWidth - 3) + marker }
        if maxWidth < 7 { return nil }
        if offset + maxWidth - 3 < b.count {
            let rest = SprigCoreValues.bytes(b, offset, b.count)
            return marker + (abbreviate(rest, offset: 0, maxWidth: maxWidth - 3) ?? "")
        }
        return marker + SprigCoreValues.bytes(b, b.count - (maxWidth - 3), b.count)
    }

    /// goutils `WrapCustom`: breaks at the last space that fits in `width` bytes.
    static func wrap(_ s: String, width: Int, newline: String, wrapLongWords: Bool) -> String {
        let b = Array(s.utf8)
        if b.isEmpty { return "" }
        let nl = Array((newline.isEmpty ? "\n" : newline).utf8)
        let width = max(width, 1)
        let space = UInt8(ascii: " ")
        var out: [UInt8] = []
        var offset = 0
        while b.count - offset > width {
            if b[offset] == space { offset += 1; continue }
            let end = width + offset + 1
            if let at = b[offset..<end].lastIndex(of: space), at >= offset {
                out += b[offset..<at]; out += nl
                offset = at + 1
            } else if wrapLongWords {
                out += b[offset..<(width + offset)]; out += nl
                offset += width
            } else {
                let e = width + offset
                if let at = b[e...].firstIndex(of: space) {
                    out += b[offset..<at]; out += nl
                    offset = at + 1
                } else {
                    out += b[offset...]
                    offset = b.count
                }
            }
        }
        out += b[offset...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Go's message for `s[from:to]` out of range (what `substr` panics with).
    static func sliceBoundsError(_ from: Int?, _ to: Int, length: Int?) -> GoCallError {
        var text = "runtime error: slice bounds out of range ["
        if let from { text += "\(from)" }
        text += ":\(to)]"
        if let length { text += " with length \(length)" }
        return GoCallError(text)
    }

    /// Sprig's `substring` with Go's slicing panics.
    static func substring(_ s: String, start: Int, end: Int) throws -> String {
        let b = Array(s.utf8)
        if start < 0 {
            if end < 0 { throw sliceBoundsError(nil, end, length: nil) }
            if end > b.count { throw sliceBoundsError(nil, end, length: b.count) }
            return SprigCoreValues.bytes(b, 0, end)
        }
        if end < 0 || end > b.count {
            if start > b.count { throw sliceBoundsError(start, b.count, length: nil) }
            return SprigCoreValues.bytes(b, start, b.count)
        }
        if start > end { throw sliceBoundsError(start, end, length: nil) }
        return SprigCoreValues.bytes(b, start, end)
    }

    /// Sprig's `trunc`: a positive count keeps the head, a negative one the tail (bytes).
    static func trunc(_ s: String, _ c: Int) -> String {
        let b = Array(s.utf8)
        if c < 0 && b.count + c > 0 { return SprigCoreValues.bytes(b, b.count + c, b.count) }
        if c >= 0 && b.count > c { return SprigCoreValues.bytes(b, 0, c) }
        return s
    }
}
