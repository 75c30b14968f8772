import ChartKit
import GoValue

/// `helm upgrade`: render the chart again into the next revision, superseding the
/// deployed one; with `--install`, an install when the release does not exist.
public struct UpgradeAction: Sendable {
    public var name: String
    public var namespace = "default"
    public var chart: Chart
    public var userValues = GoMap()
    public var install = false
    public var values: ValuesPolicy = .default
    public var description = ""
    public var dryRun = false
    public var skipSchemaValidation = false
    public var capabilities: Capabilities = .helmTemplateDefaults()

    /// How the new values relate to the previous revision's (Helm's four flags).
    public enum ValuesPolicy: Sendable {
        /// New values; the old ones only when none were given.
        case `default`
        /// `--reuse-values`: old values merged under the new ones, old chart defaults too.
        case reuse
        /// `--reset-values`: only the new values.
        case reset
        /// `--reset-then-reuse-values`: the new chart's defaults, old values under the new ones.
        case resetThenReuse
    }

    public init(name: String, chart: Chart) {
        self.name = name
        self.chart = chart
    }

    /// The result, and whether `--install` turned the upgrade into an install.
    public struct Outcome: Sendable {
        public var result: ActionResult
        public var installed: Bool
    }

    /// Runs the upgrade under the release lock; nothing is stored on a dry run.
    public func run(_ context: ReleaseContext) throws(ReleaseActionError) -> Outcome {
        var log: [String] = []
        do {
            return try runUnchecked(context, log: &log)
        } catch let e as ReleaseActionError {
            throw ReleaseActionError(e.message, log: log + e.log)
        } catch {
            throw ReleaseActionError("\(error)", log: log)
        }
    }

    private func runUnchecked(_ context: ReleaseContext, log: inout [String]) throws -> Outcome {
        do { try ReleaseOptions.validateName(name) } catch {
            throw ReleaseActionError("release name is invalid: \(name)")
        }
        if install {
            let last = try? context.store.last(namespace: namespace, name: name)
            if last == nil || last?.info.status == .uninstalled {
                var action = InstallAction(name: name, chart: chart)
                action.namespace = namespace
                action.userValues = userValues
                action.description = description
                action.dryRun = dryRun
                action.replace = true
                action.skipSchemaValidation = skipSchemaValidation
                action.capabilities = capabilities
                return Outcome(result: try action.run(context), installed: true)
            }
        }
        var lock: ReleaseLock?
        defer { lock?.unlock() }
        if !dryRun { lock = try context.lockAndRecover(namespace: namespace, name: name, log: &log) }
        let last = try context.store.last(namespace: namespace, name: name)
        if last.info.status.isPending { throw StorageError.inProgress }
        let current: Release
        if last.info.status == .deployed {
            current = last
        } else {
            do { current = try context.store.deployed(namespace: namespace, name: name) } catch StorageError.noDeployedReleases(let n) {
                guard last.info.status == .failed || last.info.status == .superseded else { throw StorageError.noDeployedReleases(name: n) }
                current = last
            }
        }
        var chart = self.chart
        var warnings: [ValuesWarning] = []
        let config: GoMap
        switch values {
        case .reset:
            config = userValues
        case .reuse:
            chart.values = try Coalescer.coalesceValues(current.chart, ValueMerge.deepCopy(current.config), warnings: &warnings)
            config = Coalescer.coalesceTables(ValueMerge.deepCopy(userValues), ValueMerge.deepCopy(current.config), warnings: &warnings)
        case .resetThenReuse:
            config = Coalescer.coalesceTables(ValueMerge.deepCopy(userValues), ValueMerge.deepCopy(current.config), warnings: &warnings)
        case .default:
            config = userValues.count == 0 && current.config.count > 0 ? current.config : userValues
        }
        let version = last.version + 1
        var render = ReleaseRender(release: ReleaseOptions(name: name, namespace: namespace, revision: version, isUpgrade: true))
        render.capabilities = capabilities
        render.skipSchemaValidation = skipSchemaValidation
        let result: ReleaseRender.Result
        do { result = try render.run(chart: chart, userValues: config) } catch {
            log += error.log
            throw ReleaseActionError(error.message)
        }
        log += result.warnings
        var release = Release(
            name: name, namespace: namespace, version: version,
            info: ReleaseInfo(firstDeployed: current.info.firstDeployed, lastDeployed: context.clock(),
                              status: .pendingUpgrade, description: "Preparing upgrade", notes: result.notes),
            chart: result.chart, config: config, manifest: result.manifest, hooks: result.hooks.map(ReleaseHook.init),
            applyMethod: current.applyMethod.isEmpty ? "ssa" : current.applyMethod)
        if dryRun {
            release.info.description = "Dry run complete"
            return Outcome(result: ActionResult(release: release, log: log), installed: false)
        }
        try context.store.create(release)
        do { try context.apply(release) } catch {
            release.info.status = .failed
            release.info.description = "Upgrade \"\(name)\" failed: \(error)"
            try context.store.update(release)
            throw ReleaseActionError("\(error)")
        }
        var superseded = current
        superseded.info.status = .superseded
        try context.store.update(superseded)
        release.info.status = .deployed
        release.info.description = description.isEmpty ? "Upgrade complete" : description
        try context.store.update(release)
        return Outcome(result: ActionResult(release: release, log: log), installed: false)
    }
}
