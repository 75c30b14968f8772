import Foundation
import Testing
@testable import GoValue

/// `Strconv.isPrint` against Go's answer for every code point from U+0080 up
/// (testdata/fmt/isprint.json: the ranges Go's `%q` escapes, swept through Helm).
@Suite struct IsPrintTests {
    static func unprintableRanges() -> [ClosedRange<UInt32>] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("testdata/fmt/isprint.json")
        guard let data = try? Data(contentsOf: url),
              let rows = try? JSONSerialization.jsonObject(with: data) as? [[Int]] else { return [] }
        return rows.map { UInt32($0[0])...UInt32($0[1]) }
    }

    @Test func everyCodePointMatchesGo() {
        let ranges = IsPrintTests.unprintableRanges()
        #expect(ranges.count > 100)
        var next = 0
        var mismatches: [UInt32] = []
        for code in UInt32(0x80)...0x10FFFF where !(0xD800...0xDFFF).contains(code) {
            while next < ranges.count && ranges[next].upperBound < code { next += 1 }
            let goPrints = !(next < ranges.count && ranges[next].contains(code))
            if Strconv.isPrint(code) != goPrints { mismatches.append(code) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first: \(mismatches.prefix(20).map { String($0, radix: 16) })")
    }
}
