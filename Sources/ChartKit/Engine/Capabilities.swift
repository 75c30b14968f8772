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

/// `.Capabilities.KubeVersion` (Helm's `common.KubeVersion`).
public final class KubeVersion: GoObject, @unchecked Sendable {
    /// The full version as given, with a `v` (`v1.25.3-gke.100`): `GitVersion`.
    public let version: String
    /// Major.minor[.patch] only (`v1.25.3`): what printing shows and constraints use.
    public let normalizedVersion: String
    public let major: String
    public let minor: String

    public init(version: String, normalizedVersion: String, major: String, minor: String) {
        self.version = version
        self.normalizedVersion = normalizedVersion
        self.major = major
        self.minor = minor
    }

    /// Helm v4.1.4's default: Kubernetes v1.35.0.
    public static var `default`: KubeVersion {
        KubeVersion(version: "v1.35.0", normalizedVersion: "v1.35.0", major: "1", minor: "35")
    }

    /// The failure of `--kube-version` parsing, with the Kubernetes library's wording.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Kubernetes' `ParseGeneric`: `v?MAJOR.MINOR[.PATCH...]`, anything after the numbers ignored.
    public static func parse(_ text: String) throws(ParseError) -> KubeVersion {
        var s = Substring(text)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        if s.hasPrefix("v") { s = s.dropFirst() }
        var numbers = ""
        var rest = s
        while let c = rest.first, c.isASCII, c.isNumber || c == "." {
            numbers.append(c)
            rest = rest.dropFirst()
        }
        if numbers.isEmpty || numbers.hasPrefix(".") || numbers.hasSuffix(".") || numbers.contains("..") {
            throw ParseError(description: "could not parse \(goQuote(text)) as version")
        }
        let parts = numbers.split(separator: ".")
        if parts.count < 2 { throw ParseError(description: "illegal version string \(goQuote(text))") }
        var components: [UInt] = []
        for p in parts {
            if p.count > 1, p.hasPrefix("0") {
                throw ParseError(description: "illegal zero-prefixed version component \(goQuote(String(p))) in \(goQuote(text))")
            }
            guard let n = UInt(p) else { throw ParseError(description: "illegal version string \(goQuote(text))") }
            components.append(n)
        }
        let gitVersion = text.hasPrefix("v") ? text : "v" + text
        return KubeVersion(version: gitVersion,
                           normalizedVersion: "v" + components.map(String.init).joined(separator: "."),
                           major: String(components[0]), minor: String(components[1]))
    }

    public var goType: GoType { .named("common.KubeVersion", kind: .struct) }

    public func field(_ name: String) -> GoValue? {
        switch name {
        case "Version": return .string(version)
        case "Major": return .string(major)
        case "Minor": return .string(minor)
        default: return nil
        }
    }

    public func method(_ name: String) -> GoFunction? {
        switch name {
        case "String": return GoFunction([], result: .string) { [normalizedVersion] _ in .string(normalizedVersion) }
        case "GitVersion": return GoFunction([], result: .string) { [version] _ in .string(version) }
        default: return nil
        }
    }

    public func formatted(plus: Bool) -> String { normalizedVersion }
}

/// `.Capabilities.APIVersions` (Helm's `common.VersionSet`, a `[]string` with `Has`).
public final class VersionSet: GoObject, @unchecked Sendable {
    public let versions: [String]

    public init(_ versions: [String] = VersionSet.defaultVersions) { self.versions = versions }

    public var goType: GoType { .named("common.VersionSet", kind: .slice) }
    public func field(_ name: String) -> GoValue? { nil }
    public var isTruthy: Bool { !versions.isEmpty }
    /// The set as the `[]string` it is, for `range`, `len` and printing.
    public var asSlice: GoValue { .strings(versions) }

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

/// `.Capabilities.HelmVersion` (Helm's `version.BuildInfo`), pinned to the Helm we imitate.
public final class HelmBuildInfo: GoObject, @unchecked Sendable {
    public let version = "v4.1.4"
    public let gitCommit = "05fa37973dc9e42b76e1d2883494c87174b6074f"
    public let gitTreeState = "clean"
    public let goVersion = "go1.25.9"
    public let kubeClientVersion = "v1.35"

    public init() {}

    public var goType: GoType { .named("version.BuildInfo", kind: .struct) }

    public func field(_ name: String) -> GoValue? {
        switch name {
        case "Version": return .string(version)
        case "GitCommit": return .string(gitCommit)
        case "GitTreeState": return .string(gitTreeState)
        case "GoVersion": return .string(goVersion)
        case "KubeClientVersion": return .string(kubeClientVersion)
        default: return nil
        }
    }

    public func formatted(plus: Bool) -> String {
        if plus {
            return "{Version:\(version) GitCommit:\(gitCommit) GitTreeState:\(gitTreeState) GoVersion:\(goVersion) KubeClientVersion:\(kubeClientVersion)}"
        }
        return "{\(version) \(gitCommit) \(gitTreeState) \(goVersion) \(kubeClientVersion)}"
    }
}
