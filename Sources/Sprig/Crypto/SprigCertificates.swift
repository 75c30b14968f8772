import Crypto
import Foundation
import GoValue
import SwiftASN1
import X509
import _CryptoExtras

/// Key and certificate generation as Sprig does it with Go's crypto/x509:
/// the same template (CN only, key usages, server and client auth, basic
/// constraints, SANs), the same key types and the same error messages.
struct SprigCertificates {
    var env: SprigEnvironment

    /// Sprig's `genPrivateKey`: PEM text, or the failure as text.
    func privateKeyPEM(type: String) -> String {
        switch type {
        case "", "rsa":
            guard let key = try? _RSA.Signing.PrivateKey(keySize: .bits4096) else {
                return "failed to generate private key: rsa"
            }
            return SprigPrivateKey.rsa(key).pem
        case "dsa":
            return SprigPrivateKey.dsa(DSAKey.generate(random: env.randomBytes)).pem
        case "ecdsa":
            return SprigPrivateKey.p256(p256Key()).pem
        case "ed25519":
            return SprigPrivateKey.ed25519(ed25519Key()).pem
        default:
            return "Unknown type \(type)"
        }
    }

    /// A P-256 key whose scalar comes from the environment's random source.
    func p256Key() -> P256.Signing.PrivateKey {
        while true {
            if let key = try? P256.Signing.PrivateKey(rawRepresentation: env.randomBytes(32)) { return key }
        }
    }

    func ed25519Key() -> Curve25519.Signing.PrivateKey {
        // Thirty-two random bytes are always a valid Ed25519 seed.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: env.randomBytes(32))
    }

    /// The 2048-bit RSA key Sprig makes for every certificate without a given key.
    func rsaKey() throws -> SprigPrivateKey {
        do {
            return .rsa(try _RSA.Signing.PrivateKey(keySize: .bits2048))
        } catch {
            throw GoCallError("error generating rsa key: \(error)")
        }
    }

    /// `buildCustomCert`: checks both halves and returns them unchanged.
    func buildCustom(certificateBase64: String, keyBase64: String) throws -> SprigCertificate {
        guard case .success(let certBytes) = GoBase64.decode(certificateBase64) else {
            throw GoCallError("unable to decode base64 certificate")
        }
        guard case .success(let keyBytes) = GoBase64.decode(keyBase64) else {
            throw GoCallError("unable to decode base64 private key")
        }
        let certText = MiscArgument.text(certBytes)
        let keyText = MiscArgument.text(keyBytes)
        guard let block = PEM.decode(certText) else { throw GoCallError("unable to decode certificate") }
        do {
            _ = try Certificate(derEncoded: block.der)
        } catch {
            throw GoCallError("error parsing certificate: decodedCert.Bytes: x509: malformed certificate")
        }
        do {
            _ = try SprigPrivateKey.parse(pem: keyText)
        } catch {
            throw GoCallError("error parsing private key: \(error)")
        }
        return SprigCertificate(cert: certText, key: keyText)
    }

    /// `genCA` / `genCAWithKey`: a self-signed authority certificate.
    func authority(commonName: String, days: Int, keyPEM: String?) throws -> SprigCertificate {
        let key = try keyPEM.map(parseGiven) ?? rsaKey()
        let template = try Template(commonName: commonName, ips: .nil, dnsNames: .nil, days: days, isCA: true, env: env)
        return try sign(template, key: key, parent: nil, signer: key)
    }

    /// `genSelfSignedCert*` (no signer) and `genSignedCert*` (signed by `signer`).
    func leaf(commonName: String, ips: GoValue, dnsNames: GoValue, days: Int, signer: GoValue?,
              keyPEM: String?) throws -> SprigCertificate {
        let given = try keyPEM.map(parseGiven)
        guard let signer else {
            let template = try Template(commonName: commonName, ips: ips, dnsNames: dnsNames, days: days,
                                        isCA: false, env: env)
            let key = try given ?? rsaKey()
            return try sign(template, key: key, parent: nil, signer: key)
        }
        let key = try given ?? rsaKey()
        guard case .object(let object) = signer, let ca = object as? SprigCertificate else {
            throw GoCallError("unable to decode certificate")
        }
        guard let block = PEM.decode(ca.cert) else { throw GoCallError("unable to decode certificate") }
        let parent: Certificate
        do {
            parent = try Certificate(derEncoded: block.der)
        } catch {
            throw GoCallError("error parsing certificate: decodedSignerCert.Bytes: x509: malformed certificate")
        }
        let signerKey: SprigPrivateKey
        do {
            signerKey = try SprigPrivateKey.parse(pem: ca.key)
        } catch {
            throw GoCallError("error parsing private key: \(error)")
        }
        let template = try Template(commonName: commonName, ips: ips, dnsNames: dnsNames, days: days,
                                    isCA: false, env: env)
        return try sign(template, key: key, parent: parent, signer: signerKey)
    }

    private func parseGiven(_ pem: String) throws -> SprigPrivateKey {
        do {
            return try SprigPrivateKey.parse(pem: pem)
        } catch {
            throw GoCallError("parsing private key: \(error)")
        }
    }
}
