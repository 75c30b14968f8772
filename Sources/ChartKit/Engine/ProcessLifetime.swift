import Foundation

/// Objects a command keeps until the process exits, so that they are never taken apart:
/// the operating system reclaims the memory at exit at no cost.
enum ProcessLifetime {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [AnyObject] = []

    static func keep(_ object: AnyObject) {
        lock.lock()
        kept.append(object)
        lock.unlock()
    }
}
