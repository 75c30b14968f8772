import Foundation
import GoValue
import Testing
@testable import Sprig

/// Deterministic crypto functions against the reference Helm, and Helm-made
/// bcrypt hashes and ciphertexts checked with our implementation.
@Suite struct CryptoTests {
    static let families: Set<String> = ["derivePassword", "htpasswd", "genPrivateKey", "decryptAES", "encryptAES",
                                        "genCAWithKey", "genSelfSignedCert", "buildCustomCert"]

    @Test func tableIsLoaded() {
        #expect(MiscCaseTable.cases(Self.families).count > 25)
    }

    @Test(arguments: MiscCaseTable.cases(families))
    func matchesHelm(_ row: MiscCase) {
        let result = MiscCaseTable.run(row)
        #expect(result.output == row.output)
        #expect(result.error == row.error)
    }

    static let helmBcrypt: [(password: String, hash: String, htpasswd: String?)] =
        (MiscCaseTable.document["bcrypt"] as? [[String: String]] ?? []).map {
            ($0["password"] ?? "", $0["hash"] ?? "", $0["htpasswd"])
        }

    @Test func helmBcryptHashesAreReproduced() throws {
        #expect(Self.helmBcrypt.count >= 5)
        for row in Self.helmBcrypt {
            // $2a$10$ + 22 characters of salt + 31 of hash.
            let parts = row.hash.split(separator: "$")
            #expect(parts.count == 3 && parts[0] == "2a" && parts[1] == "10")
            let saltText = String(parts[2].prefix(22))
            let salt = try #require(Bcrypt.decode(saltText))
            #expect(salt.count == 16)
            #expect(try Bcrypt.hash(password: Array(row.password.utf8), salt: salt) == row.hash)
        }
    }

    @Test func bcryptUsesFreshSaltsAndCost10() throws {
        let bcrypt = try #require(MiscCaseTable.functions["bcrypt"])
        let a = try #require(try bcrypt.body([.string("pw")]).stringValue)
        let b = try #require(try bcrypt.body([.string("pw")]).stringValue)
        #expect(a != b)
        #expect(a.hasPrefix("$2a$10$") && a.count == 60)
        let salt = try #require(Bcrypt.decode(String(a.dropFirst(7).prefix(22))))
        #expect(try Bcrypt.hash(password: Array("pw".utf8), salt: salt) == a)
    }

    @Test func bcryptRefusesLongPasswords() throws {
        let out = try MiscCaseTable.functions["bcrypt"]!.body([.string(String(repeating: "x", count: 73))])
        #expect(out.stringValue == "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes")
    }

    @Test func htpasswdPrefixesTheUser() throws {
        let out = try #require(try MiscCaseTable.functions["htpasswd"]!.body([.string("me"), .string("pw")]).stringValue)
        #expect(out.hasPrefix("me:$2a$10$"))
    }

    static let helmCiphertexts: [[String: String]] = MiscCaseTable.document["aes"] as? [[String: String]] ?? []

    @Test func helmCiphertextsDecrypt() throws {
        #expect(Self.helmCiphertexts.count >= 5)
        for row in Self.helmCiphertexts {
            let plain = try SprigAES.decrypt(password: row["key"]!, base64: row["ciphertext"]!)
            #expect(plain == row["plaintext"])
        }
    }

    @Test(arguments: ["", "a", "exactly sixteen!", "héllo wörld", String(repeating: "z", count: 100)])
    func encryptThenDecryptIsIdentity(_ text: String) throws {
        let encrypt = try #require(MiscCaseTable.functions["encryptAES"])
        let decrypt = try #require(MiscCaseTable.functions["decryptAES"])
        let sealed = try encrypt.body([.string("secret"), .string(text)])
        let opened = try decrypt.body([.string("secret"), sealed])
        #expect(opened.stringValue == text)
        if !text.isEmpty {
            // IV plus the padded text, base64 encoded.
            let bytes = try GoBase64.decode(sealed.stringValue!).get()
            #expect(bytes.count == 16 + (text.utf8.count / 16 + 1) * 16)
        }
    }
}
