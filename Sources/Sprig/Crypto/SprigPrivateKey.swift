import Crypto
import _CryptoExtras
import X509

/// A private key of a kind Sprig can generate or read, written back the way
/// Go's `pemBlockForKey` writes it (PKCS #1 for RSA, SEC 1 for ECDSA, PKCS #8
/// for Ed25519, Sprig's own sequence for DSA).
enum SprigPrivateKey {
    case rsa(_RSA.Signing.PrivateKey)
    case p256(P256.Signing.PrivateKey)
    case p384(P384.Signing.PrivateKey)
    case p521(P521.Signing.PrivateKey)
    case ed25519(Curve25519.Signing.PrivateKey)
    case dsa(DSAKey)

    /// Why a key could not be read, in Sprig's words.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let ecPublicKeyOID: [UInt64] = [1, 2, 840, 10045, 2, 1]
    static let ed25519OID: [UInt64] = [1, 3, 101, 112]

    /// The PEM text Sprig returns as a certificate's `.Key` and from `genPrivateKey`.
    var pem: String {
        switch self {
        case .rsa(let key):
            return PEM.encode(type: "RSA PRIVATE KEY", der: Array(key.derRepresentation))
        case .p256(let key):
            return Self.sec1(raw: Array(key.rawRepresentation), curve: [1, 2, 840, 10045, 3, 1, 7],
                             publicKey: Array(key.publicKey.x963Representation))
        case .p384(let key):
            return Self.sec1(raw: Array(key.rawRepresentation), curve: [1, 3, 132, 0, 34],
                             publicKey: Array(key.publicKey.x963Representation))
        case .p521(let key):
            return Self.sec1(raw: Array(key.rawRepresentation), curve: [1, 3, 132, 0, 35],
                             publicKey: Array(key.publicKey.x963Representation))
        case .ed25519(let key):
            let der = DERBuilder.sequence(DERBuilder.integer(0), DERBuilder.sequence(DERBuilder.oid(Self.ed25519OID)),
                                   DERBuilder.octetString(DERBuilder.octetString(Array(key.rawRepresentation))))
            return PEM.encode(type: "PRIVATE KEY", der: der)
        case .dsa(let key):
            return PEM.encode(type: "DSA PRIVATE KEY", der: key.der)
        }
    }

    /// Go's `MarshalECPrivateKey`: version 1, the scalar, the curve and the public point.
    static func sec1(raw: [UInt8], curve: [UInt64], publicKey: [UInt8]) -> String {
        let der = DERBuilder.sequence(DERBuilder.integer(1), DERBuilder.octetString(raw), DERBuilder.explicit(0, DERBuilder.oid(curve)),
                               DERBuilder.explicit(1, DERBuilder.bitString(publicKey)))
        return PEM.encode(type: "EC PRIVATE KEY", der: der)
    }

    /// The key as swift-certificates signs with it; nil for DSA, which Go's x509 cannot sign with either.
    var certificateKey: Certificate.PrivateKey? {
        switch self {
        case .rsa(let key): return Certificate.PrivateKey(key)
        case .p256(let key): return Certificate.PrivateKey(key)
        case .p384(let key): return Certificate.PrivateKey(key)
        case .p521(let key): return Certificate.PrivateKey(key)
        case .ed25519(let key): return Certificate.PrivateKey(key)
        case .dsa: return nil
        }
    }

    /// The signature algorithm Go's `CreateCertificate` picks for this key.
    var signatureAlgorithm: Certificate.SignatureAlgorithm? {
        switch self {
        case .rsa: return .sha256WithRSAEncryption
        case .p256: return .ecdsaWithSHA256
        case .p384: return .ecdsaWithSHA384
        case .p521: return .ecdsaWithSHA512
        case .ed25519: return .ed25519
        case .dsa: return nil
        }
    }

    /// Sprig's `parsePrivateKeyPEM`, with its error messages.
    static func parse(pem text: String) throws(Failure) -> SprigPrivateKey {
        guard let block = PEM.decode(text) else { throw Failure(description: "no PEM data in input") }
        if block.type == "PRIVATE KEY" {
            if let key = pkcs8(block.der) { return key }
            throw Failure(description: "decoding PEM as PKCS#8: " + GoASN1Error.message(block.der, structName: "pkcs8"))
        }
        guard block.type.hasSuffix(" PRIVATE KEY") else {
            throw Failure(description: "no private key data in PEM block of type \(block.type)")
        }
        switch block.type.dropLast(12) {
        case "RSA":
            guard let key = try? _RSA.Signing.PrivateKey(unsafeDERRepresentation: block.der) else {
                throw Failure(description: "parsing RSA private key from PEM: "
                              + GoASN1Error.message(block.der, structName: "pkcs1PrivateKey"))
            }
            return .rsa(key)
        case "EC":
            if let key = try? P256.Signing.PrivateKey(derRepresentation: block.der) { return .p256(key) }
            if let key = try? P384.Signing.PrivateKey(derRepresentation: block.der) { return .p384(key) }
            if let key = try? P521.Signing.PrivateKey(derRepresentation: block.der) { return .p521(key) }
            throw Failure(description: "parsing EC private key from PEM: x509: failed to parse EC private key: "
                          + GoASN1Error.message(block.der, structName: "ecPrivateKey"))
        case "DSA":
            guard let key = DSAKey(der: block.der) else {
                throw Failure(description: "parsing DSA private key from PEM: "
                              + GoASN1Error.message(block.der, structName: "DSAKeyFormat"))
            }
            return .dsa(key)
        default:
            throw Failure(description: "invalid private key type \(block.type)")
        }
    }

    /// A PKCS #8 key: Ed25519 by its fixed layout, RSA and ECDSA through swift-crypto.
    static func pkcs8(_ der: [UInt8]) -> SprigPrivateKey? {
        let edPrefix = DERBuilder.sequence(DERBuilder.integer(0), DERBuilder.sequence(DERBuilder.oid(ed25519OID)),
                                    DERBuilder.octetString(DERBuilder.octetString([UInt8](repeating: 0, count: 32))))
        if der.count == edPrefix.count, Array(der.prefix(16)) == Array(edPrefix.prefix(16)),
           let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: der.suffix(32)) {
            return .ed25519(key)
        }
        if let key = try? _RSA.Signing.PrivateKey(unsafeDERRepresentation: der) { return .rsa(key) }
        if let key = try? P256.Signing.PrivateKey(derRepresentation: der) { return .p256(key) }
        if let key = try? P384.Signing.PrivateKey(derRepresentation: der) { return .p384(key) }
        if let key = try? P521.Signing.PrivateKey(derRepresentation: der) { return .p521(key) }
        return nil
    }
}
