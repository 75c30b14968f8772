import GoValue

/// Sprig's crypto functions: password hashing and derivation, AES, private keys
/// and X.509 certificates. Randomness comes from the environment where our code
/// draws it; RSA and ECDSA key generation draw from the system inside BoringSSL.
enum SprigCrypto {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        let s = MiscArgument.string
        let certificate = GoType.named("sprig.certificate", kind: .struct)
        let list = GoType.slice(.interface)
        let certificates = SprigCertificates(env: env)
        return [
            "bcrypt": SprigEncoding.unary { bcrypt($0, env) },
            "htpasswd": GoFunction([.string, .string], result: .string) { args in
                let user = s(args[0])
                if user.contains(":") { return .string("invalid username: \(user)") }
                return .string("\(user):\(bcrypt(s(args[1]), env))")
            },
            "derivePassword": GoFunction([.uint32, .string, .string, .string, .string], result: .string) { args in
                .string(MasterPassword.derive(counter: UInt32(truncatingIfNeeded: MiscArgument.int(args[0])),
                                              type: s(args[1]), password: s(args[2]), user: s(args[3]),
                                              site: s(args[4])))
            },
            "encryptAES": GoFunction([.string, .string], result: .string) { args in
                .string(try SprigAES.encrypt(password: s(args[0]), plaintext: s(args[1]), iv: env.randomBytes(16)))
            },
            "decryptAES": GoFunction([.string, .string], result: .string) { args in
                .string(try SprigAES.decrypt(password: s(args[0]), base64: s(args[1])))
            },
            "genPrivateKey": SprigEncoding.unary { certificates.privateKeyPEM(type: $0) },
            "buildCustomCert": GoFunction([.string, .string], result: certificate) { args in
                .object(try certificates.buildCustom(certificateBase64: s(args[0]), keyBase64: s(args[1])))
            },
            "genCA": GoFunction([.string, .int], result: certificate) { args in
                .object(try certificates.authority(commonName: s(args[0]), days: MiscArgument.int(args[1]), keyPEM: nil))
            },
            "genCAWithKey": GoFunction([.string, .int, .string], result: certificate) { args in
                .object(try certificates.authority(commonName: s(args[0]), days: MiscArgument.int(args[1]),
                                                   keyPEM: s(args[2])))
            },
            "genSelfSignedCert": GoFunction([.string, list, list, .int], result: certificate) { args in
                .object(try certificates.leaf(commonName: s(args[0]), ips: args[1], dnsNames: args[2],
                                              days: MiscArgument.int(args[3]), signer: nil, keyPEM: nil))
            },
            "genSelfSignedCertWithKey": GoFunction([.string, list, list, .int, .string], result: certificate) { args in
                .object(try certificates.leaf(commonName: s(args[0]), ips: args[1], dnsNames: args[2],
                                              days: MiscArgument.int(args[3]), signer: nil, keyPEM: s(args[4])))
            },
            "genSignedCert": GoFunction([.string, list, list, .int, certificate], result: certificate) { args in
                .object(try certificates.leaf(commonName: s(args[0]), ips: args[1], dnsNames: args[2],
                                              days: MiscArgument.int(args[3]), signer: args[4], keyPEM: nil))
            },
            "genSignedCertWithKey": GoFunction([.string, list, list, .int, certificate, .string],
                                               result: certificate) { args in
                .object(try certificates.leaf(commonName: s(args[0]), ips: args[1], dnsNames: args[2],
                                              days: MiscArgument.int(args[3]), signer: args[4], keyPEM: s(args[5])))
            },
        ]
    }

    /// Sprig's `bcrypt`: a cost-10 hash with a fresh salt, or Go's error as text.
    static func bcrypt(_ password: String, _ env: SprigEnvironment) -> String {
        do {
            return try Bcrypt.hash(password: Array(password.utf8), salt: env.randomBytes(16))
        } catch {
            return "failed to encrypt string with bcrypt: \(error)"
        }
    }
}
