import GoValue

/// Random choices for Sprig's random strings, `shuffle` and `randInt`, drawn from the
/// environment's byte source so tests can pin them.
struct SprigCoreRandom {
    let env: SprigEnvironment

    init(_ env: SprigEnvironment) { self.env = env }

    /// A number in `0..<n` (Go's `rand.Intn` / crypto `rand.Int`); `n` must be positive.
    func below(_ n: Int) -> Int {
        let bytes = env.randomBytes(8)
        var x: UInt64 = 0
        for b in bytes.prefix(8) { x = x << 8 | UInt64(b) }
        return Int(x % UInt64(n))
    }

    /// goutils `CryptoRandom(count, start, end, ...)`: characters drawn from `start..<end`
    /// until `count` of them pass `accept`. A negative count gives "" (Sprig drops the error).
    func string(count: Int, from start: Int, to end: Int, _ accept: (Unicode.Scalar) -> Bool) -> String {
        guard count > 0 else { return "" }
        var out = String.UnicodeScalarView()
        while out.count < count {
            let c = Unicode.Scalar(UInt32(start + below(end - start)))!
            if accept(c) { out.append(c) }
        }
        return String(out)
    }

    /// xstrings `Shuffle`: a Fisher-Yates shuffle of the runes.
    func shuffle(_ s: String) -> String {
        var runes = Array(s.unicodeScalars)
        var i = runes.count - 1
        while i > 0 {
            let j = below(i + 1)
            runes.swapAt(i, j)
            i -= 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: runes)
        return String(view)
    }
}
