import ChartKit
import GoValue

/// `chart diff`: what an upgrade or rollback would change, or what changed between two
/// revisions, computed from stored and freshly rendered manifests; nothing is written.
public struct DiffAction: Sendable {
    public var name: String
    public var namespace = "default"
    public var context = 3

    /// The two sides to compare.
    public enum Target: Sendable {
        /// The deployed revision against a dry-run upgrade with this chart and values.
        case upgrade(chart: Chart, userValues: GoMap, values: UpgradeAction.ValuesPolicy)
        /// The last revision against a rollback to `revision` (0: the previous one).
        case rollback(revision: Int)
        /// Revision `from` against revision `to`.
        case revisions(from: Int, to: Int)
    }

    public init(name: String) { self.name = name }

    /// Computes the diff; dry-run upgrades and rollbacks never write.
    public func run(_ target: Target, _ ctx: ReleaseContext) throws(ReleaseActionError) -> ManifestDiff {
        do {
            let old: Release, new: Release
            switch target {
            case .upgrade(let chart, let userValues, let policy):
                old = try ctx.store.last(namespace: namespace, name: name)
                var upgrade = UpgradeAction(name: name, chart: chart)
                upgrade.namespace = namespace
                upgrade.userValues = userValues
                upgrade.values = policy
                upgrade.dryRun = true
                new = try upgrade.run(ctx).result.release
            case .rollback(let revision):
                old = try ctx.store.last(namespace: namespace, name: name)
                var rollback = RollbackAction(name: name, version: revision)
                rollback.namespace = namespace
                rollback.dryRun = true
                new = try rollback.run(ctx).release
            case .revisions(let from, let to):
                old = try ctx.store.get(namespace: namespace, name: name, version: from)
                new = try ctx.store.get(namespace: namespace, name: name, version: to)
            }
            return ManifestDiff(old: old.manifest, new: new.manifest, namespace: namespace, context: context)
        } catch let e as ReleaseActionError {
            throw e
        } catch {
            throw ReleaseActionError("\(error)")
        }
    }
}
