/// Helm's `release.Info`: when, in which state, and why.
public struct ReleaseInfo: Sendable {
    public var firstDeployed: ReleaseTime = .zero
    public var lastDeployed: ReleaseTime = .zero
    public var deleted: ReleaseTime = .zero
    public var description = ""
    public var status: ReleaseStatus = .unknown
    public var notes = ""

    public init(firstDeployed: ReleaseTime = .zero, lastDeployed: ReleaseTime = .zero, status: ReleaseStatus = .unknown,
                description: String = "", notes: String = "") {
        self.firstDeployed = firstDeployed
        self.lastDeployed = lastDeployed
        self.status = status
        self.description = description
        self.notes = notes
    }
}
