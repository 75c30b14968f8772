import GoValue

/// `.Capabilities`: what the (here imaginary) cluster offers, as Helm v4 fakes it for `helm template`.
public final class Capabilities: GoObject, @unchecked Sendable {
    public var kubeVersion: KubeVersion
    public var apiVersions: VersionSet
    public var helmVersion: HelmBuildInfo

    public init(kubeVersion: KubeVersion = .default, apiVersions: VersionSet = VersionSet(),
                helmVersion: HelmBuildInfo = HelmBuildInfo()) {
        self.kubeVersion = kubeVersion
        self.apiVersions = apiVersions
        self.helmVersion = helmVersion
    }

    /// Helm v4.1.4's defaults for `helm template`, plus any `--api-versions`.
    public static func helmTemplateDefaults(kubeVersion: KubeVersion? = nil, extraAPIVersions: [String] = []) -> Capabilities {
        Capabilities(kubeVersion: kubeVersion ?? .default,
                     apiVersions: VersionSet(VersionSet.defaultVersions + extraAPIVersions))
    }

    public var goType: GoType { .pointer(.named("common.Capabilities", kind: .struct)) }

    public func field(_ name: String) -> GoValue? {
        switch name {
        case "KubeVersion": return .object(kubeVersion)
        case "APIVersions": return .object(apiVersions)
        case "HelmVersion": return .object(helmVersion)
        default: return nil
        }
    }

    public func formatted(plus: Bool) -> String {
        let k = kubeVersion
        let versions = "[" + apiVersions.versions.joined(separator: " ") + "]"
        return "{{\(k.version) \(k.normalizedVersion) \(k.major) \(k.minor)} \(versions) \(helmVersion.formatted(plus: false))}"
    }
}
