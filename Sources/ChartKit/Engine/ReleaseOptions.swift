import GoValue

/// `.Release`: the release a render is for.
public struct ReleaseOptions: Sendable {
    public var name: String
    public var namespace: String
    public var revision: Int
    public var isInstall: Bool
    public var isUpgrade: Bool

    public init(name: String, namespace: String = "default", revision: Int = 1, isUpgrade: Bool = false) {
        self.name = name
        self.namespace = namespace
        self.revision = revision
        self.isUpgrade = isUpgrade
        self.isInstall = !isUpgrade
    }

    /// The `.Release` map, field for field as Helm builds it.
    public var goValue: GoValue {
        .dict([
            "Name": .string(name), "Namespace": .string(namespace), "IsUpgrade": .bool(isUpgrade),
            "IsInstall": .bool(isInstall), "Revision": .int(revision), "Service": .string("Helm"),
        ])
    }

    /// Helm's release-name rule: a DNS-1123 subdomain of at most 53 characters.
    public static func validateName(_ name: String) throws(RenderError) {
        if name.isEmpty || name.count > 53 || !isDNSSubdomain(name) {
            throw RenderError(message: "release name \(goQuote(name)): invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53")
        }
    }

    private static func isDNSSubdomain(_ name: String) -> Bool {
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            guard let first = label.first, let last = label.last else { return false }
            let ok = label.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
            if !ok || first == "-" || last == "-" { return false }
        }
        return true
    }
}
