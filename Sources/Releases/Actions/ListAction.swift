/// `helm list`: the latest revision of each release, filtered by state and name,
/// sorted, then paged, in Helm's order of steps.
public struct ListAction: Sendable {
    /// nil lists every namespace (`-A`).
    public var namespace: String? = "default"
    public var states: Set<ReleaseStatus> = []
    /// `-a`: every state.
    public var all = false
    /// `-f`: a regular expression the name must contain a match of.
    public var filter: String?
    public var sortByDate = false
    public var reverse = false
    /// `-m`; 0 means no limit.
    public var limit = 256
    public var offset = 0

    public init() {}

    /// The states a release may be in to be listed (Helm's state mask).
    public var effectiveStates: Set<ReleaseStatus> {
        if all { return Set(ReleaseStatus.allCases) }
        return states.isEmpty ? [.deployed, .failed] : states
    }

    /// Lists with Helm's order of steps: latest per release, name filter, states, sort, page.
    public func run(_ context: ReleaseContext) throws(ReleaseActionError) -> [Release] {
        do {
            let regex = try filter.map { try Regex($0) }
            let onlySuperseded = !all && states == [.superseded]
            var releases = try onlySuperseded ? context.store.all(namespace: namespace) : context.store.latest(namespace: namespace)
            if let regex { releases = releases.filter { $0.name.contains(regex) } }
            let mask = effectiveStates
            releases = releases.filter { mask.contains($0.info.status) }
            if sortByDate {
                releases.sort { ($0.info.lastDeployed, $0.name) < ($1.info.lastDeployed, $1.name) }
            } else {
                releases.sort { ($0.name, $0.namespace, $0.version) < ($1.name, $1.namespace, $1.version) }
            }
            if reverse { releases.reverse() }
            guard offset < releases.count else { return [] }
            let end = limit > 0 ? Swift.min(releases.count, offset + limit) : releases.count
            return Array(releases[offset..<end])
        } catch {
            throw ReleaseActionError("\(error)")
        }
    }
}
