import Foundation
import Testing
import GoValue
@testable import Sprig

/// Odd arguments (nil, Int.min, NaN, empty and non-ASCII strings, wrong kinds) must give a
/// value or Go's error, never a Swift trap. Huge positive counts are left out: Go itself
/// would run out of memory on `repeat 9223372036854775807 "a"` or `untilStep -9223372036854775808 0 1`.
@Suite struct CoreRobustnessTests {
    static func pool(_ type: GoType) -> [GoValue] {
        switch type {
        case .int: return [.int(0), .int(-1), .int(1), .int(3), .int(Int.min), .int(-7)]
        case .string: return [.string(""), .string("a b"), .string("héllo wörld"), .string("_-x"), .string("0x1F"), .string(" \t")]
        case .bool: return [.bool(true), .bool(false)]
        case .float64: return [.float64(2.5), .float64(.nan), .float64(-.infinity), .float64(0)]
        case .map: return [.dict(["a": .int(1), "n": .dict(["b": .nil])]), .map(GoMap([:], isNil: true)), .dict([:])]
        default:
            return [.nil, .int(Int.max), .int64(Int64.min), .float64(.nan), .float64(1e300), .string("1e3"),
                    .string(""), .list([.int(1), .nil, .string("x")]), .strings(["b", "a"]),
                    .dict(["a": .list([])]), .bool(true), .slice(GoSlice([], isNil: true))]
        }
    }

    @Test(arguments: ["SprigStrings", "SprigLists", "SprigDicts", "SprigMath", "SprigConversion", "SprigDefaults", "SprigReflection"])
    func oddArgumentsNeverTrap(_ family: String) {
        let env = SprigEnvironment.live
        let functions: [String: GoFunction] = switch family {
        case "SprigStrings": SprigStrings.functions(env)
        case "SprigLists": SprigLists.functions(env)
        case "SprigDicts": SprigDicts.functions(env)
        case "SprigMath": SprigMath.functions(env)
        case "SprigConversion": SprigConversion.functions(env)
        case "SprigDefaults": SprigDefaults.functions(env)
        default: SprigReflection.functions(env)
        }
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        var calls = 0, errors = 0
        for name in functions.keys.sorted() {
            let fn = functions[name]!
            for _ in 0..<60 {
                var args = fn.parameters.map { t in let p = Self.pool(t); return p[next(p.count)] }
                if let v = fn.variadic {
                    for _ in 0..<next(4) { let p = Self.pool(v); args.append(p[next(p.count)]) }
                }
                if name == "dig" && args.count < 3 { continue }
                // Counting from Int.min to a small number is 2^63 elements, in Go as here.
                if ["until", "untilStep", "seq"].contains(name), args.contains(where: { SprigCast.toInt($0) == Int.min }) { continue }
                calls += 1
                do { _ = try fn.body(args) } catch is GoCallError { errors += 1 } catch {
                    Issue.record("\(name) threw \(error)")
                }
            }
        }
        #expect(calls > 0 && errors < calls)
    }
}
