/// Helm's install order of kinds; unknown kinds go last, in byte order of the kind.
public enum KindOrder {
    public static let install: [String] = [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
        "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
        "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole", "ClusterRoleList",
        "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList",
        "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
        // Helm v4 installs webhook configurations last among known kinds (v3 treated them as unknown).
        "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
    ]

    private static let rank: [String: Int] = Dictionary(uniqueKeysWithValues: install.enumerated().map { ($1, $0) })

    /// Helm's `lessByKind`.
    static func less(_ a: String, _ b: String) -> Bool {
        switch (rank[a], rank[b]) {
        case let (x?, y?): return x < y
        case (nil, nil): return a != b && goLess(a, b)
        case (nil, _?): return false
        case (_?, nil): return true
        }
    }

    /// A stable sort by kind (Go's `sort.SliceStable`).
    static func stableSort<T>(_ items: [T], kind: (T) -> String) -> [T] {
        items.enumerated().sorted { x, y in
            let kx = kind(x.element), ky = kind(y.element)
            if less(kx, ky) { return true }
            if less(ky, kx) { return false }
            return x.offset < y.offset
        }.map(\.element)
    }

    private static func goLess(_ a: String, _ b: String) -> Bool {
        Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
    }
}
