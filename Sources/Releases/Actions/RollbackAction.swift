/// `helm rollback`: a new revision that copies an earlier one's chart, values,
/// manifest and hooks.
public struct RollbackAction: Sendable {
    public var name: String
    public var namespace = "default"
    /// The revision to return to; 0 means the one before the last.
    public var version = 0
    public var dryRun = false

    public init(name: String, version: Int = 0) {
        self.name = name
        self.version = version
    }

    /// Rolls back under the release lock; nothing is stored on a dry run.
    public func run(_ context: ReleaseContext) throws(ReleaseActionError) -> ActionResult {
        var log: [String] = []
        do {
            var lock: ReleaseLock?
            defer { lock?.unlock() }
            if !dryRun { lock = try context.lockAndRecover(namespace: namespace, name: name, log: &log) }
            if version < 0 { throw ReleaseActionError("invalid release revision") }
            let current = try context.store.last(namespace: namespace, name: name)
            let target = version == 0 ? current.version - 1 : version
            let versions = try context.store.driver.versions(namespace: namespace, name: name)
            guard versions.contains(target) else { throw ReleaseActionError("release has no \(target) version") }
            let previous = try context.store.get(namespace: namespace, name: name, version: target)
            var release = Release(
                name: name, namespace: namespace, version: current.version + 1,
                info: ReleaseInfo(firstDeployed: current.info.firstDeployed, lastDeployed: context.clock(),
                                  status: .pendingRollback, description: "Rollback to \(target)", notes: previous.info.notes),
                chart: previous.chart, config: previous.config, manifest: previous.manifest, hooks: previous.hooks,
                applyMethod: previous.applyMethod)
            if dryRun { return ActionResult(release: release, log: log) }
            try context.store.create(release)
            do { try context.apply(release) } catch {
                var old = current
                old.info.status = .superseded
                try context.store.update(old)
                release.info.status = .failed
                release.info.description = "Rollback \"\(name)\" failed: \(error)"
                try context.store.update(release)
                throw ReleaseActionError("\(error)")
            }
            for var deployed in (try? context.store.deployedAll(namespace: namespace, name: name)) ?? [] {
                deployed.info.status = .superseded
                try context.store.update(deployed)
            }
            release.info.status = .deployed
            try context.store.update(release)
            return ActionResult(release: release, log: log)
        } catch let e as ReleaseActionError {
            throw ReleaseActionError(e.message, log: log + e.log)
        } catch {
            throw ReleaseActionError("\(error)", log: log)
        }
    }
}
