#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Foundation
import GoValue
import SwiftASN1
import X509

extension SprigCertificates {
    /// What Sprig's `getBaseCertTemplate` fills in, checked the way it checks.
    struct Template {
        var commonName: String
        var ips: [[UInt8]]
        var dnsNames: [String]
        var notBefore: Date
        var notAfter: Date
        var serial: [UInt8]
        var isCA: Bool

        init(commonName: String, ips: GoValue, dnsNames: GoValue, days: Int, isCA: Bool,
             env: SprigEnvironment) throws {
            self.commonName = commonName
            self.isCA = isCA
            self.ips = try (MiscArgument.list(ips) ?? []).map { value in
                guard case .string(let text) = value else {
                    throw GoCallError("error parsing ip: \(GoFmt.formatValue(value)) is not a string")
                }
                guard let bytes = Template.parseIP(text) else { throw GoCallError("error parsing ip: \(text)") }
                return bytes
            }
            self.dnsNames = try (MiscArgument.list(dnsNames) ?? []).map { value in
                guard case .string(let text) = value else {
                    throw GoCallError("error processing alternate dns name: \(GoFmt.formatValue(value)) is not a string")
                }
                return text
            }
            self.serial = env.randomBytes(16)
            // Go truncates to whole seconds when it writes the times; rounding
            // up would make a fresh certificate "not yet valid" for a moment.
            let now = Date(timeIntervalSince1970: env.now().timeIntervalSince1970.rounded(.down))
            self.notBefore = now
            self.notAfter = now.addingTimeInterval(Double(days) * 86400)
        }

        /// Go's `net.ParseIP`, with IPv4 (and IPv4-mapped IPv6) as four bytes,
        /// which is how `x509` writes them into the SAN extension.
        static func parseIP(_ text: String) -> [UInt8]? {
            var v4 = in_addr()
            if inet_pton(AF_INET, text, &v4) == 1 {
                return withUnsafeBytes(of: &v4) { Array($0) }
            }
            var v6 = in6_addr()
            guard !text.contains("%"), inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
            let bytes = withUnsafeBytes(of: &v6) { Array($0) }
            if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xff && bytes[11] == 0xff {
                return Array(bytes[12...])
            }
            return bytes
        }
    }

    /// `getCertAndKey`: signs the template and returns both PEM texts.
    func sign(_ template: Template, key: SprigPrivateKey, parent: Certificate?,
              signer: SprigPrivateKey) throws -> SprigCertificate {
        guard let signingKey = signer.certificateKey, let algorithm = signer.signatureAlgorithm else {
            throw GoCallError("error creating certificate: x509: certificate private key does not implement crypto.Signer")
        }
        guard let subjectKey = key.certificateKey else {
            throw GoCallError("error creating certificate: x509: unsupported public key type: *dsa.PublicKey")
        }
        let publicKey = subjectKey.publicKey
        if let parent, parent.publicKey != signingKey.publicKey {
            throw GoCallError("error creating certificate: x509: provided PrivateKey doesn't match parent's PublicKey")
        }
        let subject: DistinguishedName
        if template.commonName.isEmpty {
            subject = DistinguishedName()
        } else {
            let attribute = (try? RelativeDistinguishedName.Attribute(type: .RDNAttributeType.commonName,
                                                                      printableString: template.commonName))
                ?? RelativeDistinguishedName.Attribute(type: .RDNAttributeType.commonName,
                                                       utf8String: template.commonName)
            subject = DistinguishedName([RelativeDistinguishedName(attribute)])
        }
        let issuer = parent?.subject ?? subject
        var extensions: [Certificate.Extension] = []
        // Go's order: key usage, extended key usage, basic constraints, key identifiers, SANs.
        var usage = KeyUsage(digitalSignature: true, keyEncipherment: true)
        usage.keyCertSign = template.isCA
        extensions.append(try Certificate.Extension(usage, critical: true))
        extensions.append(try Certificate.Extension(ExtendedKeyUsage([.serverAuth, .clientAuth]), critical: false))
        let constraints: BasicConstraints = template.isCA ? .isCertificateAuthority(maxPathLength: nil)
            : .notCertificateAuthority
        extensions.append(try Certificate.Extension(constraints, critical: true))
        if template.isCA {
            // Go 1.25 derives the identifier from a truncated SHA-256 of the key bits.
            let digest = Array(SHA256.hash(data: Array(publicKey.subjectPublicKeyInfoBytes)).prefix(20))
            extensions.append(try Certificate.Extension(SubjectKeyIdentifier(keyIdentifier: digest[...]),
                                                        critical: false))
        }
        if let parent, let ski = try? parent.extensions.subjectKeyIdentifier,
           DERBuilder.serialize(parent.subject) != DERBuilder.serialize(subject) {
            extensions.append(try Certificate.Extension(AuthorityKeyIdentifier(keyIdentifier: ski.keyIdentifier),
                                                        critical: false))
        }
        if !template.dnsNames.isEmpty || !template.ips.isEmpty {
            let names = template.dnsNames.map { GeneralName.dnsName($0) }
                + template.ips.map { GeneralName.ipAddress(ASN1OctetString(contentBytes: $0[...])) }
            extensions.append(try Certificate.Extension(SubjectAlternativeNames(names),
                                                        critical: template.commonName.isEmpty))
        }
        let certificate: Certificate
        do {
            certificate = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(bytes: template.serial),
                publicKey: publicKey, notValidBefore: template.notBefore, notValidAfter: template.notAfter,
                issuer: issuer, subject: subject, signatureAlgorithm: algorithm,
                extensions: try Certificate.Extensions(extensions), issuerPrivateKey: signingKey)
        } catch {
            throw GoCallError("error creating certificate: \(error)")
        }
        var serializer = SwiftASN1.DER.Serializer()
        try serializer.serialize(certificate)
        return SprigCertificate(cert: PEM.encode(type: "CERTIFICATE", der: serializer.serializedBytes), key: key.pem)
    }
}
