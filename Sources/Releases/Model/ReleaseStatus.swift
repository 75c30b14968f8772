/// Helm's release statuses, spelled as Helm stores and prints them.
public enum ReleaseStatus: String, Sendable, CaseIterable {
    case unknown
    case deployed
    case uninstalled
    case superseded
    case failed
    case uninstalling
    case pendingInstall = "pending-install"
    case pendingUpgrade = "pending-upgrade"
    case pendingRollback = "pending-rollback"

    /// An operation is (or was, if its process died) under way.
    public var isPending: Bool {
        self == .pendingInstall || self == .pendingUpgrade || self == .pendingRollback
    }
}
