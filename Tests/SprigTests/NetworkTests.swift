import Foundation
import GoValue
import Testing
@testable import Sprig

/// URLs against the reference Helm; uuids, random bytes and name lookups by property.
@Suite struct NetworkTests {
    @Test func tableIsLoaded() {
        #expect(MiscCaseTable.cases(["urlParse", "urlJoin"]).count > 50)
    }

    @Test(arguments: MiscCaseTable.cases(["urlParse", "urlJoin"]))
    func matchesHelm(_ row: MiscCase) {
        let result = MiscCaseTable.run(row)
        #expect(result.output == row.output)
        #expect(result.error == row.error)
    }

    @Test func urlJoinInvertsUrlParse() throws {
        for text in ["https://u:p@example.com:8443/a/b?x=1#frag", "mailto:someone@example.com", "file:///tmp/x",
                     "http://example.com/a%20b"] {
            let parts = try SprigNetwork.urlParse(text)
            #expect(try SprigNetwork.urlJoin(parts) == text)
        }
    }

    @Test func uuidv4HasVersionAndVariant() throws {
        let uuid = try #require(MiscCaseTable.functions["uuidv4"]).body([])
        let text = try #require(uuid.stringValue)
        #expect(text.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil)
        let other = try #require(MiscCaseTable.functions["uuidv4"]).body([]).stringValue
        #expect(other != text)
    }

    @Test func uuidv4UsesTheEnvironment() throws {
        let env = SprigEnvironment(now: { Date(timeIntervalSince1970: 0) },
                                   randomBytes: { [UInt8](repeating: 0xff, count: $0) })
        let uuid = try #require(SprigLibrary.functions(environment: env)["uuidv4"]).body([])
        #expect(uuid.stringValue == "ffffffff-ffff-4fff-bfff-ffffffffffff")
    }

    @Test(arguments: [0, 1, 2, 3, 16, 100])
    func randBytesIsBase64OfCount(_ count: Int) throws {
        let value = try #require(MiscCaseTable.functions["randBytes"]).body([.int(count)])
        let text = try #require(value.stringValue)
        let decoded = try GoBase64.decode(text).get()
        #expect(decoded.count == count)
        #expect(text.count == (count + 2) / 3 * 4)
    }

    @Test func getHostByNameResolvesLocalhost() throws {
        let value = try #require(MiscCaseTable.functions["getHostByName"]).body([.string("localhost")])
        #expect(["127.0.0.1", "::1"].contains(value.stringValue ?? ""))
    }

    @Test func getHostByNameFailsLikeSprigOnUnknownNames() {
        #expect(throws: GoCallError.self) {
            _ = try MiscCaseTable.functions["getHostByName"]!.body([.string("no-such-host.invalid")])
        }
    }
}
