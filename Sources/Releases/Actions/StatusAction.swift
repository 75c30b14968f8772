/// `helm status` and `helm get`: one revision (0: the last).
public struct StatusAction: Sendable {
    public var name: String
    public var namespace = "default"
    public var version = 0

    public init(name: String, version: Int = 0) {
        self.name = name
        self.version = version
    }

    /// Reads the revision without taking the lock, so status works during an operation.
    public func run(_ context: ReleaseContext) throws(ReleaseActionError) -> Release {
        do { return try context.store.get(namespace: namespace, name: name, version: version) } catch {
            throw ReleaseActionError("\(error)")
        }
    }
}
