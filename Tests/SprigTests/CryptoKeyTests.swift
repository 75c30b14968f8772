import Foundation
import GoValue
import Testing
@testable import Sprig

/// Keys and certificates by property: they parse, chain and verify with
/// `openssl` (when installed), and Helm-made certificates sign ours.
@Suite struct CryptoKeyTests {
    static let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs openssl with files written to a fresh folder; returns (status, output).
    static func openssl(_ arguments: [String], files: [String: String]) throws -> (Int32, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sprig-misc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: openssl!)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func call(_ name: String, _ args: [GoValue]) throws -> GoValue {
        try MiscCaseTable.functions[name]!.body(args)
    }

    static func certificate(_ value: GoValue) throws -> SprigCertificate {
        guard case .object(let object) = value, let cert = object as? SprigCertificate else {
            throw GoCallError("not a certificate: \(value)")
        }
        return cert
    }

    @Test(arguments: [("ecdsa", "EC PRIVATE KEY"), ("ed25519", "PRIVATE KEY"), ("rsa", "RSA PRIVATE KEY"),
                      ("", "RSA PRIVATE KEY")])
    func genPrivateKeyWritesGoPEM(_ type: String, _ header: String) throws {
        let pem = try #require(try Self.call("genPrivateKey", [.string(type)]).stringValue)
        #expect(pem.hasPrefix("-----BEGIN \(header)-----\n"))
        #expect(pem.hasSuffix("-----END \(header)-----\n"))
        #expect(pem.split(separator: "\n").allSatisfy { $0.count <= 64 })
        // Our own reader takes back what we write.
        let parsed = try SprigPrivateKey.parse(pem: pem)
        #expect(parsed.pem == pem)
        if Self.openssl != nil {
            let (status, output) = try Self.openssl(["pkey", "-in", "k.pem", "-noout", "-text"], files: ["k.pem": pem])
            #expect(status == 0, "\(output)")
            if type == "rsa" { #expect(output.contains("4096 bit")) }
        }
    }

    @Test func caSignsLeafAndOpensslVerifies() throws {
        let ca = try Self.certificate(try Self.call("genCA", [.string("test-ca"), .int(365)]))
        let leaf = try Self.certificate(try Self.call("genSignedCert", [
            .string("svc.example"), .list([.string("10.1.2.3"), .string("::1")]),
            .list([.string("svc.example"), .string("alt.example")]), .int(30), .object(ca)]))
        #expect(ca.cert.hasPrefix("-----BEGIN CERTIFICATE-----\n"))
        #expect(leaf.key.hasPrefix("-----BEGIN RSA PRIVATE KEY-----\n"))
        try #require(Self.openssl != nil)
        let files = ["ca.pem": ca.cert, "leaf.pem": leaf.cert, "leaf.key": leaf.key]
        let (status, output) = try Self.openssl(["verify", "-CAfile", "ca.pem", "leaf.pem"], files: files)
        #expect(status == 0, "\(output)")
        let (_, text) = try Self.openssl(["x509", "-in", "leaf.pem", "-noout", "-text"], files: files)
        #expect(text.contains("Issuer: CN=test-ca") || text.contains("Issuer: CN = test-ca"))
        #expect(text.contains("DNS:svc.example, DNS:alt.example, IP Address:10.1.2.3, IP Address:0:0:0:0:0:0:0:1"))
        #expect(text.contains("CA:FALSE"))
        #expect(text.contains("TLS Web Server Authentication, TLS Web Client Authentication"))
        #expect(text.contains("Authority Key Identifier"))
        // The key in .Key belongs to the certificate.
        let (_, certKey) = try Self.openssl(["x509", "-in", "leaf.pem", "-noout", "-pubkey"], files: files)
        let (_, ownKey) = try Self.openssl(["pkey", "-in", "leaf.key", "-pubout"], files: files)
        #expect(certKey == ownKey)
        let (_, caText) = try Self.openssl(["x509", "-in", "ca.pem", "-noout", "-text"], files: files)
        #expect(caText.contains("CA:TRUE"))
        #expect(caText.contains("Certificate Sign"))
        #expect(caText.contains("Subject Key Identifier"))
    }

    @Test func helmCASignsOurLeaf() throws {
        let certs = try #require(MiscCaseTable.document["certificates"] as? [String: String])
        let ca = SprigCertificate(cert: certs["ca"]!, key: certs["cakey"]!)
        let leaf = try Self.certificate(try Self.call("genSignedCert", [
            .string("ours"), .nil, .list([.string("ours.example")]), .int(10), .object(ca)]))
        try #require(Self.openssl != nil)
        let files = ["ca.pem": ca.cert, "leaf.pem": leaf.cert, "helm-leaf.pem": certs["cert"]!]
        let (status, output) = try Self.openssl(["verify", "-CAfile", "ca.pem", "leaf.pem", "helm-leaf.pem"], files: files)
        #expect(status == 0, "\(output)")
    }

    @Test func buildCustomCertReturnsHelmInputsUnchanged() throws {
        let certs = try #require(MiscCaseTable.document["certificates"] as? [String: String])
        let built = try Self.certificate(try Self.call("buildCustomCert", [
            .string(GoBase64.encode(Array(certs["ca"]!.utf8))), .string(GoBase64.encode(Array(certs["cakey"]!.utf8)))]))
        #expect(built.cert == certs["b64"])
        #expect(built.key == certs["cakey"])
        #expect(GoValue.object(built).type?.description == "sprig.certificate")
    }

    @Test(arguments: ["ecdsa", "ed25519"])
    func selfSignedWithGivenKeyKeepsTheKey(_ type: String) throws {
        let key = try #require(try Self.call("genPrivateKey", [.string(type)]).stringValue)
        let cert = try Self.certificate(try Self.call("genSelfSignedCertWithKey", [
            .string("me"), .list([]), .list([]), .int(1), .string(key)]))
        #expect(cert.key == key)
        let ca = try Self.certificate(try Self.call("genCAWithKey", [.string("ca"), .int(1), .string(key)]))
        #expect(ca.key == key)
        try #require(Self.openssl != nil)
        let (status, output) = try Self.openssl(["verify", "-CAfile", "ca.pem", "ca.pem"], files: ["ca.pem": ca.cert])
        #expect(status == 0, "\(output)")
    }

    @Test func validityFollowsTheClock() throws {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let env = SprigEnvironment(now: { start }, randomBytes: SprigEnvironment.live.randomBytes)
        let ca = try Self.certificate(try SprigLibrary.functions(environment: env)["genCA"]!.body([.string("x"), .int(2)]))
        try #require(Self.openssl != nil)
        let (_, text) = try Self.openssl(["x509", "-in", "c.pem", "-noout", "-dates"], files: ["c.pem": ca.cert])
        #expect(text.contains("notBefore=Nov 14 22:13:20 2023 GMT"))
        #expect(text.contains("notAfter=Nov 16 22:13:20 2023 GMT"))
    }
}

/// Keys the reference Helm generated: we read each one and write it back
/// byte for byte, and our own keys have the same shape.
extension CryptoKeyTests {
    static let helmKeys: [String: String] = MiscCaseTable.document["keys"] as? [String: String] ?? [:]

    @Test(arguments: ["rsa", "ecdsa", "ed25519", "dsa"])
    func helmKeysRoundTrip(_ type: String) throws {
        let pem = try #require(Self.helmKeys[type])
        let key = try SprigPrivateKey.parse(pem: pem)
        #expect(key.pem == pem)
    }

    @Test(arguments: ["ecdsa", "ed25519"])
    func fixedSizeKeysMatchHelmLength(_ type: String) throws {
        let ours = try #require(try Self.call("genPrivateKey", [.string(type)]).stringValue)
        #expect(ours.utf8.count == Self.helmKeys[type]?.utf8.count)
        #expect(ours.split(separator: "\n").first == Self.helmKeys[type]?.split(separator: "\n").first)
    }

    @Test(arguments: ["rsa", "ecdsa", "ed25519"])
    func helmKeysSignOurCertificates(_ type: String) throws {
        let pem = try #require(Self.helmKeys[type])
        let ca = try Self.certificate(try Self.call("genCAWithKey", [.string("helm-key-ca"), .int(5), .string(pem)]))
        #expect(ca.key == pem)
        let leaf = try Self.certificate(try Self.call("genSignedCertWithKey", [
            .string("leaf"), .list([]), .list([.string("leaf.example")]), .int(5), .object(ca), .string(pem)]))
        #expect(leaf.key == pem)
        try #require(Self.openssl != nil)
        let (status, output) = try Self.openssl(["verify", "-CAfile", "ca.pem", "leaf.pem"],
                                                files: ["ca.pem": ca.cert, "leaf.pem": leaf.cert])
        #expect(status == 0, "\(output)")
    }
}
