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

    /// `fmt` of the `*Capabilities` pointer: `&{...}`.
    public func formatted(plus: Bool) -> String {
        let versions = "[" + apiVersions.versions.joined(separator: " ") + "]"
        if plus {
            return "&{KubeVersion:\(kubeVersion.formatted(plus: true)) APIVersions:\(versions) HelmVersion:\(helmVersion.formatted(plus: true))}"
        }
        return "&" + templateText
    }
}

extension Capabilities: GoTemplatePrintable {
    /// An action follows the pointer and prints the struct.
    public var templateText: String {
        let versions = "[" + apiVersions.versions.joined(separator: " ") + "]"
        return "{\(kubeVersion.formatted(plus: false)) \(versions) \(helmVersion.formatted(plus: false))}"
    }
}

extension KubeVersion: GoTemplatePrintable {
    /// An action prints an addressable field through `String()`: the normalized version.
    public var templateText: String { normalizedVersion }
}
