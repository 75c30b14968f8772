/// `helm history`: the last `max` revisions of a release, oldest first.
public struct HistoryAction: Sendable {
    public var name: String
    public var namespace = "default"
    public var max = 256

    public init(name: String) { self.name = name }

    /// Reads the history without taking the lock.
    public func run(_ context: ReleaseContext) throws(ReleaseActionError) -> [Release] {
        do {
            let all = try context.store.history(namespace: namespace, name: name)
            return Array(all.suffix(Swift.max(0, max)))
        } catch {
            throw ReleaseActionError("\(error)")
        }
    }
}
