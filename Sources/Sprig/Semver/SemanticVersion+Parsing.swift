extension SemanticVersion {
    /// Parses leniently like `semver.NewVersion`: an optional `v`, and `1` or `1.2` are
    /// completed with zeros. This is what Helm uses for chart versions and `semver`.
    public init(parsing text: String) throws(SemverError) {
        let bytes = Array(text.utf8)
        var i = 0
        if i < bytes.count && bytes[i] == UInt8(ascii: "v") { i += 1 }
        let majorStart = i
        while i < bytes.count && Self.isDigit(bytes[i]) { i += 1 }
        guard i > majorStart else { throw .invalidSemVer }
        let majorText = Self.slice(bytes, majorStart, i)
        var minorText: String? = nil
        var patchText: String? = nil
        for slot in 0..<2 {
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), Self.isDigit(bytes[i + 1]) else { break }
            let start = i + 1
            i = start
            while i < bytes.count && Self.isDigit(bytes[i]) { i += 1 }
            if slot == 0 { minorText = Self.slice(bytes, start, i) } else { patchText = Self.slice(bytes, start, i) }
        }
        var pre = ""
        var meta = ""
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") {
            guard let end = Self.scanIdentifiers(bytes, from: i + 1) else { throw .invalidSemVer }
            pre = Self.slice(bytes, i + 1, end)
            i = end
        }
        if i < bytes.count && bytes[i] == UInt8(ascii: "+") {
            guard let end = Self.scanIdentifiers(bytes, from: i + 1) else { throw .invalidSemVer }
            meta = Self.slice(bytes, i + 1, end)
            i = end
        }
        guard i == bytes.count else { throw .invalidSemVer }

        func number(_ digits: String?) throws(SemverError) -> UInt64 {
            guard let digits else { return 0 }
            guard let n = SemanticVersion.parseUInt64(Substring(digits)) else { throw .segmentOutOfRange(digits) }
            return n
        }
        self.major = try number(majorText)
        self.minor = try number(minorText)
        self.patch = try number(patchText)
        if !pre.isEmpty { try Self.validatePrerelease(pre) }
        if !meta.isEmpty { try Self.validateMetadata(meta) }
        self.prerelease = pre
        self.metadata = meta
        self.original = text
    }

    /// Parses only exact `X.Y.Z[-pre][+meta]` with no leading zeros, like `semver.StrictNewVersion`.
    public init(strict text: String) throws(SemverError) {
        guard !text.isEmpty else { throw .emptyString }
        var parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { throw .invalidSemVer }
        var meta = ""
        var pre = ""
        if let plus = parts[2].firstIndex(of: "+") {
            meta = String(parts[2][parts[2].index(after: plus)...])
            parts[2] = String(parts[2][..<plus])
            try Self.validateMetadata(meta)
        }
        if let dash = parts[2].firstIndex(of: "-") {
            pre = String(parts[2][parts[2].index(after: dash)...])
            parts[2] = String(parts[2][..<dash])
            try Self.validatePrerelease(pre)
        }
        for p in parts {
            guard p.utf8.allSatisfy(Self.isDigit) else { throw .invalidCharacters }
            if p.utf8.count > 1 && p.utf8.first == UInt8(ascii: "0") { throw .segmentStartsZero }
        }
        var numbers: [UInt64] = []
        for p in parts {
            // An empty segment is a ParseUint syntax error in Go; report it as invalid.
            guard let n = Self.parseUInt64(Substring(p)) else {
                if p.isEmpty { throw .invalidSemVer }
                throw .segmentOutOfRange(p)
            }
            numbers.append(n)
        }
        self.major = numbers[0]
        self.minor = numbers[1]
        self.patch = numbers[2]
        self.prerelease = pre
        self.metadata = meta
        self.original = text
    }

    /// Scans `ident(.ident)*` with identifiers of `[0-9A-Za-z-]`; returns the end, or nil when
    /// not even one character matches.
    static func scanIdentifiers(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < bytes.count && Self.isIdentifierByte(bytes[i]) { i += 1 }
        guard i > start else { return nil }
        while i + 1 < bytes.count && bytes[i] == UInt8(ascii: ".") && Self.isIdentifierByte(bytes[i + 1]) {
            i += 1
            while i < bytes.count && Self.isIdentifierByte(bytes[i]) { i += 1 }
        }
        return i
    }

    static func validatePrerelease(_ pre: String) throws(SemverError) {
        for part in pre.split(separator: ".", omittingEmptySubsequences: false) {
            if part.isEmpty { throw .invalidPrerelease }
            if part.utf8.allSatisfy(Self.isDigit) {
                if part.utf8.count > 1 && part.utf8.first == UInt8(ascii: "0") { throw .segmentStartsZero }
            } else if !part.utf8.allSatisfy(Self.isIdentifierByte) {
                throw .invalidPrerelease
            }
        }
    }

    static func validateMetadata(_ meta: String) throws(SemverError) {
        for part in meta.split(separator: ".", omittingEmptySubsequences: false) {
            if part.isEmpty || !part.utf8.allSatisfy(Self.isIdentifierByte) { throw .invalidMetadata }
        }
    }

    static func slice(_ bytes: [UInt8], _ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<to], as: UTF8.self)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// `[0-9A-Za-z-]`, the characters of pre-release and metadata identifiers.
    @inline(__always) static func isIdentifierByte(_ b: UInt8) -> Bool {
        Self.isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "-")
    }
}
