import Foundation

/// Runs work on a thread with a large stack. Templates may nest `include` a thousand
/// deep before Helm's limit stops them (Go's stacks grow; ours must be big from the start).
enum BigStack {
    /// Stack size for rendering: 1000 nested includes need about 64 MiB in a debug build.
    static let size = 1 << 28

    private final class Box<T>: @unchecked Sendable {
        var result: Result<T, Error>?
        let done = DispatchSemaphore(value: 0)
    }

    static func run<T>(_ work: @escaping () throws -> T) throws -> T {
        let box = Box<T>()
        nonisolated(unsafe) let job = work
        let thread = Thread {
            box.result = Result { try job() }
            box.done.signal()
        }
        thread.stackSize = size
        thread.start()
        box.done.wait()
        return try box.result!.get()
    }
}
