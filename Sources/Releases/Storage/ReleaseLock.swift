/// An exclusive hold on one release; released when `unlock` is called or the lock is freed.
public final class ReleaseLock: @unchecked Sendable {
    private var release: (() -> Void)?

    public init(release: @escaping () -> Void) { self.release = release }

    /// Gives the lock back (idempotent).
    public func unlock() {
        release?()
        release = nil
    }

    deinit { unlock() }
}
