/// Helm's `HookExecution`; without a cluster hooks never run, so times stay zero.
public struct HookExecution: Sendable {
    public var startedAt: ReleaseTime = .zero
    public var completedAt: ReleaseTime = .zero
    public var phase = ""
    public init() {}
}
