import ChartKit
import GoValue

/// `helm install`: render a chart into revision 1 (or the next one with `--replace`).
public struct InstallAction: Sendable {
    public var name: String
    public var namespace = "default"
    public var chart: Chart
    public var userValues = GoMap()
    /// Replaces "Install complete".
    public var description = ""
    public var dryRun = false
    public var replace = false
    public var skipSchemaValidation = false
    public var capabilities: Capabilities = .helmTemplateDefaults()

    public init(name: String, chart: Chart) {
        self.name = name
        self.chart = chart
    }

    /// Installs under the release lock; nothing is stored on a dry run.
    public func run(_ context: ReleaseContext) throws(ReleaseActionError) -> ActionResult {
        var log: [String] = []
        do {
            return try runUnchecked(context, log: &log)
        } catch let e as ReleaseActionError {
            throw ReleaseActionError(e.message, log: log + e.log)
        } catch {
            throw ReleaseActionError("\(error)", log: log)
        }
    }

    private func runUnchecked(_ context: ReleaseContext, log: inout [String]) throws -> ActionResult {
        do { try ReleaseOptions.validateName(name) } catch {
            log.append("level=ERROR msg=\"release name check failed\" error=\(Strconv.quote(error.message))")
            throw ReleaseActionError("release name check failed: \(error.message)")
        }
        var lock: ReleaseLock?
        defer { lock?.unlock() }
        var previous: Release?
        if !dryRun {
            lock = try context.lockAndRecover(namespace: namespace, name: name, log: &log)
            if let last = try? context.store.last(namespace: namespace, name: name) {
                guard replace && (last.info.status == .uninstalled || last.info.status == .failed) else {
                    throw ReleaseActionError("cannot re-use a name that is still in use")
                }
                previous = last
            }
        }
        let version = (previous?.version ?? 0) + 1
        var render = ReleaseRender(release: ReleaseOptions(name: name, namespace: namespace, revision: version))
        render.capabilities = capabilities
        render.skipSchemaValidation = skipSchemaValidation
        let result: ReleaseRender.Result
        do { result = try render.run(chart: chart, userValues: userValues) } catch {
            log += error.log
            throw ReleaseActionError(error.message)
        }
        log += result.warnings
        let now = context.clock()
        var release = Release(
            name: name, namespace: namespace, version: version,
            info: ReleaseInfo(firstDeployed: now, lastDeployed: now, status: .pendingInstall,
                              description: "Initial install underway", notes: result.notes),
            chart: result.chart, config: userValues, manifest: result.manifest, hooks: result.hooks.map(ReleaseHook.init),
            applyMethod: "ssa")
        if dryRun {
            release.info.description = "Dry run complete"
            return ActionResult(release: release, log: log)
        }
        if var last = previous, last.info.status != .failed {
            last.info.status = .superseded
            last.info.description = "superseded by new release"
            try context.store.update(last)
        }
        try context.store.create(release)
        do { try context.apply(release) } catch {
            release.info.status = .failed
            release.info.description = "Release \"\(name)\" failed: \(error)"
            try context.store.update(release)
            throw ReleaseActionError("\(error)")
        }
        release.info.status = .deployed
        release.info.description = description.isEmpty ? "Install complete" : description
        try context.store.update(release)
        return ActionResult(release: release, log: log)
    }
}
