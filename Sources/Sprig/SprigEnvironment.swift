import Foundation

/// The outside world Sprig reads: the clock and randomness. Tests pin both.
public struct SprigEnvironment: @unchecked Sendable {
    /// The current time (`now`, `ago`, `htmlDate`...).
    public var now: () -> Date
    /// Random bytes (`randAlphaNum`, `uuidv4`, keys, salts...).
    public var randomBytes: (Int) -> [UInt8]

    public init(now: @escaping () -> Date, randomBytes: @escaping (Int) -> [UInt8]) {
        self.now = now
        self.randomBytes = randomBytes
    }

    /// The real clock and the system's secure random source.
    public static var live: SprigEnvironment {
        SprigEnvironment(now: { Date() }, randomBytes: { n in
            var g = SystemRandomNumberGenerator()
            return (0..<n).map { _ in UInt8.random(in: 0...255, using: &g) }
        })
    }
}
