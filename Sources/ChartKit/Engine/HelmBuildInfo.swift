import GoValue

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
