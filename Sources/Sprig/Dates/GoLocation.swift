import Foundation

/// A Go `*time.Location`: zone abbreviations and offsets over time, read from the system's
/// zoneinfo files as Go reads them, so abbreviations (`EST`, `IST`, `-03`) match Go's.
public final class GoLocation: @unchecked Sendable {
    /// One local time type: abbreviation, seconds east of UTC, daylight flag.
    struct Zone: Sendable {
        var name: String
        var offset: Int
        var isDST: Bool
    }

    /// Go's location name (`UTC`, `Local`, `America/New_York`).
    public let name: String
    let zones: [Zone]
    /// Transition instants (Unix seconds) and the zone in force from each.
    let transitions: [(when: Int64, zone: Int)]
    /// The TZif footer's POSIX TZ rule (`EST5EDT,M3.2.0,M11.1.0`) for times after the last transition.
    let extend: String

    init(name: String, zones: [Zone], transitions: [(when: Int64, zone: Int)], extend: String = "") {
        self.name = name
        self.zones = zones
        self.transitions = transitions
        self.extend = extend
    }

    /// Go's `time.UTC`.
    public static let utc = GoLocation(name: "UTC", zones: [], transitions: [])

    /// Go's `time.FixedZone(name, offset)`.
    public static func fixed(_ name: String, offset: Int) -> GoLocation {
        GoLocation(name: name, zones: [Zone(name: name, offset: offset, isDST: false)], transitions: [])
    }

    /// Go's `time.Local`, decided by `$TZ` the way Go's `initLocal` does.
    public static let local: GoLocation = {
        let env = ProcessInfo.processInfo.environment
        guard let tz = env["TZ"] else {
            if let z = try? load(path: "/etc/localtime", name: "Local") { return z }
            return GoLocation(name: "UTC", zones: [], transitions: [])
        }
        var name = tz
        if name.hasPrefix(":") { name.removeFirst() }
        if name.hasPrefix("/") {
            if let z = try? load(path: name, name: name == "/etc/localtime" ? "Local" : name) { return z }
        } else if !name.isEmpty && name != "UTC", let z = try? named(name) {
            return z
        }
        return GoLocation(name: "UTC", zones: [], transitions: [])
    }()

    /// Why `LoadLocation` failed; Go's wording.
    public struct LoadError: Error, CustomStringConvertible {
        /// Go's message.
        public var description: String
    }

    /// Go's `time.LoadLocation`: `""`/`UTC`, `Local`, or a zoneinfo name.
    public static func named(_ name: String) throws -> GoLocation {
        if name.isEmpty || name == "UTC" { return utc }
        if name == "Local" { return local }
        let invalid = name.hasPrefix("/") || name.hasPrefix("\\") || name.contains("..") || name.contains("\\")
        if invalid { throw LoadError(description: "time: invalid location name") }
        var roots: [String] = []
        if let z = ProcessInfo.processInfo.environment["ZONEINFO"], !z.isEmpty { roots.append(z) }
        roots += ["/usr/share/zoneinfo", "/usr/share/lib/zoneinfo", "/usr/lib/locale/TZ", "/etc/zoneinfo"]
        for root in roots {
            if let z = try? load(path: root + "/" + name, name: name) { return z }
        }
        throw LoadError(description: "unknown time zone " + name)
    }

    /// Reads a TZif file (version 2+ data when present).
    static func load(path: String, name: String) throws -> GoLocation {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "open \(path): no such file or directory")
        }
        return try parseTZif([UInt8](data), name: name)
    }

    static func parseTZif(_ b: [UInt8], name: String) throws -> GoLocation {
        let bad = LoadError(description: "malformed time zone information")
        func be32(_ at: Int) throws -> Int {
            guard at + 4 <= b.count else { throw bad }
            return Int(Int32(bitPattern: UInt32(b[at]) << 24 | UInt32(b[at + 1]) << 16 | UInt32(b[at + 2]) << 8 | UInt32(b[at + 3])))
        }
        func be64(_ at: Int) throws -> Int64 {
            guard at + 8 <= b.count else { throw bad }
            var v: UInt64 = 0
            for k in 0..<8 { v = v << 8 | UInt64(b[at + k]) }
            return Int64(bitPattern: v)
        }
        guard b.count >= 44, b[0] == 0x54, b[1] == 0x5A, b[2] == 0x69, b[3] == 0x66 else { throw bad }
        let version = b[4]
        var base = 0
        var timeSize = 4
        func counts(_ at: Int) throws -> [Int] { try (0..<6).map { try be32(at + 20 + 4 * $0) } }
        var c = try counts(0)
        if version >= 0x32 {
            // Skip the 32-bit block; the 64-bit one follows with its own header.
            let v1 = c[3] * 4 + c[3] + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0]
            base = 44 + v1
            timeSize = 8
            c = try counts(base)
        }
        let (isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt) = (c[0], c[1], c[2], c[3], c[4], c[5])
        var p = base + 44
        var whens: [Int64] = []
        for k in 0..<timecnt { whens.append(timeSize == 8 ? try be64(p + 8 * k) : Int64(try be32(p + 4 * k))) }
        p += timecnt * timeSize
        guard p + timecnt <= b.count else { throw bad }
        let indices = (0..<timecnt).map { Int(b[p + $0]) }
        p += timecnt
        var raw: [(Int, Bool, Int)] = []
        for k in 0..<typecnt {
            let at = p + 6 * k
            guard at + 6 <= b.count else { throw bad }
            raw.append((try be32(at), b[at + 4] != 0, Int(b[at + 5])))
        }
        p += typecnt * 6
        guard p + charcnt <= b.count else { throw bad }
        let chars = Array(b[p..<p + charcnt])
        let zones = raw.map { (offset, dst, idx) -> Zone in
            var end = idx
            while end < chars.count && chars[end] != 0 { end += 1 }
            let abbr = idx < chars.count ? String(decoding: chars[idx..<end], as: UTF8.self) : ""
            return Zone(name: abbr, offset: offset, isDST: dst)
        }
        guard indices.allSatisfy({ $0 < zones.count }) else { throw bad }
        p += charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt
        var extend = ""
        if version >= 0x32, p < b.count, b[p] == 0x0A, let end = b[(p + 1)...].firstIndex(of: 0x0A) {
            extend = String(decoding: b[(p + 1)..<end], as: UTF8.self)
        }
        return GoLocation(name: name, zones: zones, transitions: zip(whens, indices).map { ($0, $1) }, extend: extend)
    }

    /// The zone in force at Unix second `sec`, with the span it holds for (Go's `lookup`).
    func lookup(_ sec: Int64) -> (name: String, offset: Int, start: Int64, end: Int64) {
        let alpha = Int64.min, omega = Int64.max
        guard !zones.isEmpty else { return ("UTC", 0, alpha, omega) }
        if transitions.isEmpty || sec < transitions[0].when {
            let z = zones[firstZone]
            return (z.name, z.offset, alpha, transitions.first?.when ?? omega)
        }
        var lo = 0, hi = transitions.count
        var end = omega
        while hi - lo > 1 {
            let m = (lo + hi) / 2
            if sec < transitions[m].when { end = transitions[m].when; hi = m } else { lo = m }
        }
        let z = zones[transitions[lo].zone]
        if lo == transitions.count - 1 && !extend.isEmpty,
           let rule = Self.tzset(extend, lastTransition: transitions[lo].when, sec) {
            return rule
        }
        return (z.name, z.offset, transitions[lo].when, end)
    }

    /// Go's `lookupFirstZone`: the zone for times before the first transition.
    private var firstZone: Int {
        if !transitions.contains(where: { $0.zone == 0 }) { return 0 }
        if let first = transitions.first, zones[first.zone].isDST {
            var zi = first.zone - 1
            while zi >= 0 { if !zones[zi].isDST { return zi }; zi -= 1 }
        }
        return zones.firstIndex { !$0.isDST } ?? 0
    }

    /// Go's `lookupName`: the offset of a zone abbreviation, preferring one in force at `unix`.
    func lookupName(_ abbreviation: String, at unix: Int64) -> Int? {
        for z in zones where z.name == abbreviation {
            let found = lookup(unix - Int64(z.offset))
            if found.name == z.name { return found.offset }
        }
        return zones.first { $0.name == abbreviation }?.offset
    }
}
