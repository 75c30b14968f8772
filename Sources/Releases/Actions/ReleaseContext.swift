/// What every action needs: the store, the clock and the step that would talk to a
/// cluster. The last two are seams so tests are deterministic and can fail on purpose.
public struct ReleaseContext: Sendable {
    public var store: ReleaseStore
    /// Timestamps for `first_deployed`, `last_deployed` and `deleted`.
    public var clock: @Sendable () -> ReleaseTime
    /// Stand-in for applying a release to a cluster; a throw marks the revision failed.
    public var apply: @Sendable (Release) throws -> Void

    public init(store: ReleaseStore, clock: @escaping @Sendable () -> ReleaseTime = { .now() },
                apply: @escaping @Sendable (Release) throws -> Void = { _ in }) {
        self.store = store
        self.clock = clock
        self.apply = apply
    }

    /// Takes the release's lock and recovers a revision left pending by a process that
    /// died: with the lock held, nobody else can be working on it.
    func lockAndRecover(namespace: String, name: String, log: inout [String]) throws -> ReleaseLock {
        let lock = try store.lock(namespace: namespace, name: name)
        if var last = try? store.last(namespace: namespace, name: name), last.info.status.isPending {
            let was = last.info.status.rawValue
            last.info.status = .failed
            last.info.description = "Interrupted: the \(was) operation did not complete"
            try store.update(last)
            log.append("level=WARN msg=\"recovered an interrupted operation\" release=\(name) revision=\(last.version) status=\(was)")
        }
        return lock
    }
}
