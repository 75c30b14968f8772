import GoValue

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

    /// A copy of the struct, as `printf` and Sprig see it (String() has a pointer receiver).
    public func formatted(plus: Bool) -> String {
        plus ? "{Version:\(version) normalizedVersion:\(normalizedVersion) Major:\(major) Minor:\(minor)}"
             : "{\(version) \(normalizedVersion) \(major) \(minor)}"
    }
}
