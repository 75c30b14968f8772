import GoValue

/// `.Capabilities.APIVersions` (Helm's `common.VersionSet`, a `[]string` with `Has`):
/// `range`, `len`, `index` and Sprig's list functions see the `[]string` beneath.
public final class VersionSet: GoNamedCollection, @unchecked Sendable {
    public let versions: [String]

    public init(_ versions: [String] = VersionSet.defaultVersions) { self.versions = versions }

    public var goType: GoType { .named("common.VersionSet", kind: .slice) }
    public func field(_ name: String) -> GoValue? { nil }
    public var isTruthy: Bool { !versions.isEmpty }
    /// The set as the `[]string` it is, for `range`, `len` and printing.
    public var asSlice: GoValue { .strings(versions) }
    public var underlying: GoValue { asSlice }

    public func method(_ name: String) -> GoFunction? {
        guard name == "Has" else { return nil }
        return GoFunction([.string], result: .bool) { [versions] args in .bool(versions.contains(args[0].stringValue ?? "")) }
    }

    public func formatted(plus: Bool) -> String { "[" + versions.joined(separator: " ") + "]" }

    /// The group versions Helm v4.1.4 reports without a cluster, in its order.
    public static let defaultVersions: [String] = """
    v1 admissionregistration.k8s.io/v1 admissionregistration.k8s.io/v1alpha1 admissionregistration.k8s.io/v1beta1 \
    internal.apiserver.k8s.io/v1alpha1 apps/v1 apps/v1beta1 apps/v1beta2 authentication.k8s.io/v1 \
    authentication.k8s.io/v1alpha1 authentication.k8s.io/v1beta1 authorization.k8s.io/v1 authorization.k8s.io/v1beta1 \
    autoscaling/v1 autoscaling/v2 autoscaling/v2beta1 autoscaling/v2beta2 batch/v1 batch/v1beta1 certificates.k8s.io/v1 \
    certificates.k8s.io/v1beta1 certificates.k8s.io/v1alpha1 coordination.k8s.io/v1alpha2 coordination.k8s.io/v1beta1 \
    coordination.k8s.io/v1 discovery.k8s.io/v1 discovery.k8s.io/v1beta1 events.k8s.io/v1 events.k8s.io/v1beta1 \
    extensions/v1beta1 flowcontrol.apiserver.k8s.io/v1 flowcontrol.apiserver.k8s.io/v1beta1 \
    flowcontrol.apiserver.k8s.io/v1beta2 flowcontrol.apiserver.k8s.io/v1beta3 networking.k8s.io/v1 \
    networking.k8s.io/v1beta1 node.k8s.io/v1 node.k8s.io/v1alpha1 node.k8s.io/v1beta1 policy/v1 policy/v1beta1 \
    rbac.authorization.k8s.io/v1 rbac.authorization.k8s.io/v1beta1 rbac.authorization.k8s.io/v1alpha1 \
    resource.k8s.io/v1 resource.k8s.io/v1beta2 resource.k8s.io/v1beta1 resource.k8s.io/v1alpha3 \
    scheduling.k8s.io/v1alpha1 scheduling.k8s.io/v1beta1 scheduling.k8s.io/v1 storage.k8s.io/v1beta1 storage.k8s.io/v1 \
    storage.k8s.io/v1alpha1 storagemigration.k8s.io/v1beta1 apiextensions.k8s.io/v1beta1 apiextensions.k8s.io/v1
    """.split(separator: " ").map(String.init)
}
