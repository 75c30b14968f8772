import GoValue

/// Sprig's `certificate` struct: the PEM certificate and key that `genCA` and
/// friends return, read in templates as `.Cert` and `.Key`.
final class SprigCertificate: GoObject, @unchecked Sendable {
    let cert: String
    let key: String

    init(cert: String, key: String) {
        self.cert = cert
        self.key = key
    }

    var goType: GoType { .named("sprig.certificate", kind: .struct) }

    func field(_ name: String) -> GoValue? {
        switch name {
        case "Cert": return .string(cert)
        case "Key": return .string(key)
        default: return nil
        }
    }

    /// Go's `%v` of a two-field struct: `{CERT KEY}`.
    func formatted(plus: Bool) -> String {
        plus ? "{Cert:\(cert) Key:\(key)}" : "{\(cert) \(key)}"
    }
}

extension SprigCertificate: GoJSONEncodable {
    /// The struct has no JSON tags, so `json.Marshal` writes its exported field names.
    func goJSONValue() -> GoValue { .dict(["Cert": .string(cert), "Key": .string(key)]) }
}
