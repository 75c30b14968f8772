/// Kubernetes APIs the API server marks deprecated, with the release that deprecated them, the
/// release that removed them and their replacement (k8s.io/api's lifecycle markers).
/// Types the client's scheme no longer registers (policy/v1beta1 PodSecurityPolicy,
/// apiextensions v1beta1) are absent, as Helm says nothing about them either.
enum DeprecatedAPIs {
    struct Lifecycle {
        var deprecated: (Int, Int)
        var removed: (Int, Int)
        var replacement: String?
    }

    static let table: [String: Lifecycle] = {
        var t: [String: Lifecycle] = [:]
        func add(_ gv: String, _ kinds: [String], _ dep: (Int, Int), _ rem: (Int, Int), _ newGV: String?) {
            for kind in kinds { t["\(gv) \(kind)"] = Lifecycle(deprecated: dep, removed: rem, replacement: newGV.map { "\($0) \(kind)" }) }
        }
        add("extensions/v1beta1", ["Deployment", "DaemonSet", "ReplicaSet"], (1, 8), (1, 16), "apps/v1")
        add("extensions/v1beta1", ["NetworkPolicy"], (1, 9), (1, 16), "networking.k8s.io/v1")
        add("extensions/v1beta1", ["Ingress"], (1, 14), (1, 22), "networking.k8s.io/v1")
        add("apps/v1beta1", ["Deployment", "StatefulSet", "ControllerRevision"], (1, 9), (1, 16), "apps/v1")
        add("apps/v1beta2", ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ControllerRevision"], (1, 9), (1, 16), "apps/v1")
        add("networking.k8s.io/v1beta1", ["Ingress", "IngressClass"], (1, 19), (1, 22), "networking.k8s.io/v1")
        add("batch/v1beta1", ["CronJob"], (1, 21), (1, 25), "batch/v1")
        add("policy/v1beta1", ["PodDisruptionBudget"], (1, 21), (1, 25), "policy/v1")
        add("autoscaling/v2beta1", ["HorizontalPodAutoscaler"], (1, 22), (1, 25), "autoscaling/v2")
        add("autoscaling/v2beta2", ["HorizontalPodAutoscaler"], (1, 23), (1, 26), "autoscaling/v2")
        add("rbac.authorization.k8s.io/v1beta1", ["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"], (1, 17), (1, 22), "rbac.authorization.k8s.io/v1")
        add("discovery.k8s.io/v1beta1", ["EndpointSlice"], (1, 21), (1, 25), "discovery.k8s.io/v1")
        add("scheduling.k8s.io/v1beta1", ["PriorityClass"], (1, 14), (1, 22), "scheduling.k8s.io/v1")
        add("coordination.k8s.io/v1beta1", ["Lease"], (1, 19), (1, 22), "coordination.k8s.io/v1")
        add("storage.k8s.io/v1beta1", ["StorageClass", "VolumeAttachment", "CSIDriver"], (1, 19), (1, 22), "storage.k8s.io/v1")
        add("storage.k8s.io/v1beta1", ["CSINode"], (1, 17), (1, 22), "storage.k8s.io/v1")
        add("admissionregistration.k8s.io/v1beta1", ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], (1, 16), (1, 22), "admissionregistration.k8s.io/v1")
        add("certificates.k8s.io/v1beta1", ["CertificateSigningRequest"], (1, 19), (1, 22), "certificates.k8s.io/v1")
        add("events.k8s.io/v1beta1", ["Event"], (1, 22), (1, 25), "events.k8s.io/v1")
        add("node.k8s.io/v1beta1", ["RuntimeClass"], (1, 22), (1, 25), "node.k8s.io/v1")
        return t
    }()

    /// Helm's warning for `apiVersion`/`kind` when deprecated by `kube` (major, minor), else nil.
    static func warning(apiVersion: String, kind: String, kube: (Int, Int)) -> String? {
        guard let life = table["\(apiVersion) \(kind)"] else { return nil }
        guard kube.0 > life.deprecated.0 || (kube.0 == life.deprecated.0 && kube.1 >= life.deprecated.1) else { return nil }
        var text = "\(apiVersion) \(kind) is deprecated in v\(life.deprecated.0).\(life.deprecated.1)+, unavailable in v\(life.removed.0).\(life.removed.1)+"
        if let replacement = life.replacement { text += "; use \(replacement)" }
        return text
    }
}
