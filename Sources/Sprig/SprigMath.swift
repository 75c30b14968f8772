import Foundation
import GoValue

/// Sprig's arithmetic. The integer functions convert every operand to int64 with cast's
/// rules (floats truncate: `add 1 2.7` is 3) and wrap on overflow as Go does; the `f`
/// functions work in decimal and return float64.
enum SprigMath {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        let n = SprigCast.toInt64, i = SprigCoreArgs.int
        var f: [String: GoFunction] = [:]

        f["add1"] = GoFunction([.interface], result: .int64) { a in .int64(n(a[0]) &+ 1) }
        f["add"] = GoFunction([], variadic: .interface, result: .int64) { a in .int64(a.reduce(Int64(0)) { $0 &+ n($1) }) }
        f["sub"] = GoFunction([.interface, .interface], result: .int64) { a in .int64(n(a[0]) &- n(a[1])) }
        f["mul"] = GoFunction([.interface], variadic: .interface, result: .int64) { a in
            .int64(a.dropFirst().reduce(n(a[0])) { $0 &* n($1) })
        }
        f["div"] = GoFunction([.interface, .interface], result: .int64) { a in
            let (x, y) = (n(a[0]), n(a[1]))
            if y == 0 { throw divideByZero }
            return .int64(x.dividedReportingOverflow(by: y).partialValue)
        }
        f["mod"] = GoFunction([.interface, .interface], result: .int64) { a in
            let (x, y) = (n(a[0]), n(a[1]))
            if y == 0 { throw divideByZero }
            return .int64(x.remainderReportingOverflow(dividingBy: y).partialValue)
        }
        let maximum = GoFunction([.interface], variadic: .interface, result: .int64) { a in
            .int64(a.dropFirst().reduce(n(a[0])) { Swift.max($0, n($1)) })
        }
        f["max"] = maximum
        f["biggest"] = maximum
        f["min"] = GoFunction([.interface], variadic: .interface, result: .int64) { a in
            .int64(a.dropFirst().reduce(n(a[0])) { Swift.min($0, n($1)) })
        }
        f["maxf"] = GoFunction([.interface], variadic: .interface, result: .float64) { a in
            .float64(a.dropFirst().reduce(SprigCast.toFloat64(a[0])) { goMax($0, SprigCast.toFloat64($1)) })
        }
        f["minf"] = GoFunction([.interface], variadic: .interface, result: .float64) { a in
            .float64(a.dropFirst().reduce(SprigCast.toFloat64(a[0])) { goMin($0, SprigCast.toFloat64($1)) })
        }
        f["add1f"] = GoFunction([.interface], result: .float64) { a in
            .float64(try SprigCoreDecimal.fold(a[0], [.int(1)], .add))
        }
        f["addf"] = GoFunction([], variadic: .interface, result: .float64) { a in
            .float64(try SprigCoreDecimal.fold(.float64(0), a, .add))
        }
        f["subf"] = decimalFold(.subtract)
        f["mulf"] = decimalFold(.multiply)
        f["divf"] = decimalFold(.divide)
        f["floor"] = GoFunction([.interface], result: .float64) { a in .float64(Foundation.floor(SprigCast.toFloat64(a[0]))) }
        f["ceil"] = GoFunction([.interface], result: .float64) { a in .float64(Foundation.ceil(SprigCast.toFloat64(a[0]))) }
        f["round"] = GoFunction([.interface, .int], variadic: .float64, result: .float64) { a in
            let roundOn = a.count > 2 ? SprigCast.toFloat64(a[2]) : 0.5
            return .float64(round(SprigCast.toFloat64(a[0]), places: i(a[1]), roundOn: roundOn))
        }
        f["randInt"] = GoFunction([.int, .int], result: .int) { a in
            let (lo, hi) = (i(a[0]), i(a[1]))
            if hi &- lo <= 0 { throw GoCallError("invalid argument to Intn") }
            return .int(SprigCoreRandom(env).below(hi &- lo) &+ lo)
        }
        f["until"] = GoFunction([.int], result: .slice(.int)) { a in
            let count = i(a[0])
            return ints(untilStep(0, count, count < 0 ? -1 : 1))
        }
        f["untilStep"] = GoFunction([.int, .int, .int], result: .slice(.int)) { a in
            ints(untilStep(i(a[0]), i(a[1]), i(a[2])))
        }
        f["seq"] = GoFunction([], variadic: .int, result: .string) { a in
            .string(seq(a.map(i)).map(String.init).joined(separator: " "))
        }
        return f
    }

    /// Go's runtime panic for an integer division by zero.
    static let divideByZero = GoCallError("runtime error: integer divide by zero")

    private static func decimalFold(_ op: SprigCoreDecimal.Operation) -> GoFunction {
        GoFunction([.interface], variadic: .interface, result: .float64) { a in
            .float64(try SprigCoreDecimal.fold(a[0], Array(a.dropFirst()), op))
        }
    }

    private static func ints(_ values: [Int]) -> GoValue {
        .slice(GoSlice(values.map { .int($0) }, elementType: .int))
    }

    /// Go's `math.Max`: +Inf wins, then NaN, and +0 beats -0.
    static func goMax(_ x: Double, _ y: Double) -> Double {
        if x.isInfinite && x > 0 || y.isInfinite && y > 0 { return .infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? y : x }
        return x > y ? x : y
    }

    /// Go's `math.Min`: -Inf wins, then NaN, and -0 beats +0.
    static func goMin(_ x: Double, _ y: Double) -> Double {
        if x.isInfinite && x < 0 || y.isInfinite && y < 0 { return -.infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? x : y }
        return x < y ? x : y
    }

    /// Sprig's `round`: scale by 10^places, round up when the fraction reaches `roundOn`.
    static func round(_ value: Double, places: Int, roundOn: Double) -> Double {
        let p = pow(10, Double(places))
        let digit = p * value
        let fraction = digit - digit.rounded(.towardZero)
        let r = fraction >= roundOn ? Foundation.ceil(digit) : Foundation.floor(digit)
        return r / p
    }

    /// Sprig's `untilStep`: counts from `start` toward `stop` (exclusive); a step that
    /// points the wrong way gives an empty list. Where Go's counter would wrap around (and
    /// loop until memory runs out) the list ends instead.
    static func untilStep(_ start: Int, _ stop: Int, _ step: Int) -> [Int] {
        var v: [Int] = []
        if stop < start ? step >= 0 : step <= 0 { return v }
        var i = start
        while stop < start ? i > stop : i < stop {
            v.append(i)
            let (next, overflow) = i.addingReportingOverflow(step)
            if overflow { break }
            i = next
        }
        return v
    }

    /// Sprig's `seq` (like the Unix tool): `seq END`, `seq START END`, `seq START STEP END`.
    static func seq(_ p: [Int]) -> [Int] {
        switch p.count {
        case 1:
            let end = p[0], increment = end < 1 ? -1 : 1
            return untilStep(1, end &+ increment, increment)
        case 2:
            let step = p[1] < p[0] ? -1 : 1
            return untilStep(p[0], p[1] &+ step, step)
        case 3:
            let (start, step, end) = (p[0], p[1], p[2])
            var increment = 1
            if end < start {
                increment = -1
                if step > 0 { return [] }
            }
            return untilStep(start, end &+ increment, step)
        default:
            return []
        }
    }
}
