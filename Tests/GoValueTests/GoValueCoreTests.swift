import Testing
@testable import GoValue

@Suite struct GoValueCoreTests {
    @Test func mapsAreShared() {
        let m = GoMap(["a": .int(1)])
        let v1 = GoValue.map(m), v2 = v1
        m["b"] = .string("x")
        #expect(v2.mapValue?.count == 2)
        #expect(v1.mapValue === v2.mapValue)
    }

    @Test func typesPrintAsGo() {
        #expect(GoValue.dict([:]).type?.description == "map[string]interface {}")
        #expect(GoValue.strings(["a"]).type?.description == "[]string")
        #expect(GoValue.nil.type == nil)
        #expect(GoValue.int64(3).kind == .int64)
    }

    @Test func goOrdersStringsByBytes() {
        #expect(goStringLess("Z", "a"))
        #expect(goStringLess("a", "ä"))
        #expect(!goStringLess("b", "b"))
    }
}
