import Foundation
import Testing
import GoValue
@testable import Sprig

/// Go maps are references: Sprig's writers change the map they are given and return it.
@Suite struct CoreMapSemanticsTests {
    let f = SprigLibrary.functions(environment: .live)

    func call(_ name: String, _ args: GoValue...) throws -> GoValue { try f[name]!.body(args) }

    @Test func setAndUnsetMutateAndReturnTheSameMap() throws {
        let m = GoMap(["a": .int(1)])
        let r = try call("set", .map(m), .string("b"), .int(2))
        #expect(r.mapValue === m)
        #expect(m["b"].map { SprigCoreValues.deepEqual($0, .int(2)) } == true)
        let u = try call("unset", .map(m), .string("a"))
        #expect(u.mapValue === m)
        #expect(m["a"] == nil && m.count == 1)
    }

    @Test func setOnNilMapFailsAsGoDoes() {
        #expect(throws: GoCallError.self) { try call("set", .map(GoMap([:], isNil: true)), .string("a"), .int(1)) }
    }

    @Test func mergeWritesIntoTheFirstMapAndSharesNestedSourceMaps() throws {
        let dst = GoMap(["a": .int(1)])
        let nested = GoMap(["x": .int(1)])
        let src = GoMap(["a": .int(2), "n": .map(nested)])
        let r = try call("merge", .map(dst), .map(src))
        #expect(r.mapValue === dst)
        #expect(dst["n"]?.mapValue === nested)  // mergo stores the source's map itself
        #expect(SprigCoreValues.deepEqual(dst["a"]!, .int(1)))
        nested["y"] = .int(2)
        #expect(dst["n"]?.mapValue?.count == 2)
    }

    @Test func mergeRecursesIntoTheDestinationsOwnNestedMap() throws {
        let inner = GoMap(["x": .int(1)])
        let dst = GoMap(["n": .map(inner)])
        _ = try call("mergeOverwrite", .map(dst), .dict(["n": .dict(["x": .int(9), "y": .int(2)])]))
        #expect(dst["n"]?.mapValue === inner)
        #expect(inner.count == 2 && SprigCoreValues.deepEqual(inner["x"]!, .int(9)))
    }

    @Test func mergeIntoNilMapMakesANewMap() throws {
        let r = try call("merge", .map(GoMap([:], isNil: true)), .dict(["a": .int(1)]))
        #expect(r.mapValue?.isNil == false && r.mapValue?.count == 1)
    }

    @Test func deepCopyIsIndependent() throws {
        let inner = GoMap(["x": .int(1)])
        let original = GoValue.dict(["n": .map(inner), "l": .list([.int(1)])])
        let copy = try call("deepCopy", original)
        #expect(copy.mapValue !== original.mapValue)
        #expect(copy.mapValue?["n"]?.mapValue !== inner)
        inner["y"] = .int(2)
        #expect(copy.mapValue?["n"]?.mapValue?.count == 1)
        #expect(SprigCoreValues.deepEqual(try call("deepCopy", .strings(["a"])), .strings(["a"])))
    }

    @Test func pickAndOmitBuildNewMaps() throws {
        let m = GoMap(["a": .int(1), "b": .int(2)])
        let p = try call("pick", .map(m), .string("a"))
        let o = try call("omit", .map(m), .string("a"))
        #expect(p.mapValue !== m && o.mapValue !== m && m.count == 2)
        #expect(p.mapValue?.sortedKeys == ["a"] && o.mapValue?.sortedKeys == ["b"])
    }

    @Test func listFunctionsLeaveTheirInputAlone() throws {
        let l = GoValue.strings(["b", "a"])
        let appended = try call("append", l, .string("c"))
        #expect(appended.type == .slice(.interface) && appended.sliceValue?.count == 3)
        #expect(l.sliceValue?.count == 2)
        #expect(try call("rest", .list([])).sliceValue?.isNil == true)
        #expect(try call("concat").sliceValue?.isNil == true)
    }
}
