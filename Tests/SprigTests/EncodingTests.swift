import Foundation
import GoValue
import Testing
@testable import Sprig

/// base64, base32 and the checksums against the outputs of the reference Helm.
@Suite struct EncodingTests {
    static let families: Set<String> = ["b64enc", "b64dec", "b32enc", "b32dec",
                                        "sha1sum", "sha256sum", "sha512sum", "adler32sum"]

    @Test func tableIsLoaded() {
        #expect(MiscCaseTable.cases(Self.families).count > 100)
    }

    @Test(arguments: MiscCaseTable.cases(families))
    func matchesHelm(_ row: MiscCase) {
        let result = MiscCaseTable.run(row)
        #expect(result.output == row.output)
        #expect(result.error == row.error)
    }

    @Test func base64RoundTripsEveryLength() {
        for n in 0..<40 {
            let bytes = (0..<n).map { UInt8(($0 * 37 + 11) % 256) }
            let text = GoBase64.encode(bytes)
            #expect(text.count == (n + 2) / 3 * 4)
            #expect((try? GoBase64.decode(text).get()) == bytes)
        }
    }

    @Test func base32RoundTripsEveryLength() {
        for n in 0..<40 {
            let bytes = (0..<n).map { UInt8(($0 * 53 + 7) % 256) }
            let text = GoBase32.encode(bytes)
            #expect(text.count == (n + 4) / 5 * 8)
            #expect((try? GoBase32.decode(text).get()) == bytes)
        }
    }

    @Test func adler32ReducesLongInputs() {
        // One byte past the unreduced run length, and a megabyte of 0xff.
        let long = [UInt8](repeating: 0xff, count: 1 << 20)
        var a: UInt64 = 1, b: UInt64 = 0
        for x in long { a = (a + UInt64(x)) % 65521; b = (b + a) % 65521 }
        #expect(SprigEncoding.adler32(long) == UInt32(b << 16 | a))
    }
}
