import ChartKit

/// `helm uninstall`: marks the release uninstalled and, unless `--keep-history`,
/// deletes every revision.
public struct UninstallAction: Sendable {
    public var name: String
    public var namespace = "default"
    public var keepHistory = false
    public var dryRun = false
    /// Replaces "Uninstallation complete".
    public var description = ""

    public init(name: String) { self.name = name }

    /// Uninstalls under the release lock; a dry run only reads the last revision.
    public func run(_ context: ReleaseContext) throws(ReleaseActionError) -> ActionResult {
        var log: [String] = []
        do {
            if dryRun { return ActionResult(release: try context.store.last(namespace: namespace, name: name), log: log) }
            do { try ReleaseOptions.validateName(name) } catch { throw ReleaseActionError("uninstall: Release name is invalid: \(name)") }
            let lock = try context.lockAndRecover(namespace: namespace, name: name, log: &log)
            defer { lock.unlock() }
            let history: [Release]
            do { history = try context.store.history(namespace: namespace, name: name) } catch {
                throw ReleaseActionError("uninstall: Release not loaded: \(name): \(error)")
            }
            var release = history[history.count - 1]
            if release.info.status == .uninstalled {
                guard !keepHistory else { throw ReleaseActionError("the release named \"\(name)\" is already deleted") }
                try purge(history, context)
                return ActionResult(release: release, log: log)
            }
            release.info.status = .uninstalling
            release.info.deleted = context.clock()
            release.info.description = "Deletion in progress (or silently failed)"
            try context.store.update(release)
            release.info.status = .uninstalled
            release.info.description = description.isEmpty ? "Uninstallation complete" : description
            if keepHistory {
                try context.store.update(release)
            } else {
                try purge(history, context)
            }
            return ActionResult(release: release, log: log)
        } catch let e as ReleaseActionError {
            throw ReleaseActionError(e.message, log: log + e.log)
        } catch {
            throw ReleaseActionError("\(error)", log: log)
        }
    }

    private func purge(_ history: [Release], _ context: ReleaseContext) throws {
        for r in history { try context.store.driver.delete(namespace: r.namespace, name: r.name, version: r.version) }
    }
}

