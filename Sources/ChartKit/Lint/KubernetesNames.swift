/// The object-name rules of Kubernetes' apimachinery validation, by kind, as Helm's linter applies them.
enum KubernetesNames {
    /// The problems with `name` for an object of `kind` (empty when it is valid).
    static func problems(name: String, kind: String) -> [String] {
        switch kind.lowercased() {
        case "service": return dns1035Label(name)
        case "namespace": return dns1123Label(name)
        case "certificatesigningrequest": return []
        case "role", "clusterrole", "rolebinding", "clusterrolebinding": return pathSegment(name)
        default: return dns1123Subdomain(name)
        }
    }

    private static func isAlnum(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) }

    private static func isLabel(_ s: Substring.UTF8View, firstAlpha: Bool) -> Bool {
        guard let first = s.first, let last = s.last else { return false }
        if firstAlpha ? !(first >= 0x61 && first <= 0x7A) : !isAlnum(first) { return false }
        if !isAlnum(last) { return false }
        return s.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    static func dns1123Subdomain(_ name: String) -> [String] {
        var out: [String] = []
        if name.utf8.count > 253 { out.append("must be no more than 253 characters") }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        if !labels.allSatisfy({ isLabel($0.utf8, firstAlpha: false) }) {
            out.append("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")
        }
        return out
    }

    static func dns1123Label(_ name: String) -> [String] {
        var out: [String] = []
        if name.utf8.count > 63 { out.append("must be no more than 63 characters") }
        if name.contains(".") {
            out.append("must not contain dots")
        } else if !isLabel(Substring(name).utf8, firstAlpha: false) {
            out.append("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")
        }
        return out
    }

    static func dns1035Label(_ name: String) -> [String] {
        var out: [String] = []
        if name.utf8.count > 63 { out.append("must be no more than 63 characters") }
        if !isLabel(Substring(name).utf8, firstAlpha: true) {
            out.append("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')")
        }
        return out
    }

    static func pathSegment(_ name: String) -> [String] {
        if name == "." || name == ".." { return ["may not be '\(name)'"] }
        var out: [String] = []
        for bad in ["/", "%"] where name.contains(bad) { out.append("may not contain '\(bad)'") }
        return out
    }
}
