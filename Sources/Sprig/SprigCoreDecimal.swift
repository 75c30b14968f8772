import Foundation
import GoValue

/// The float functions (`addf`, `subf`, `mulf`, `divf`, `add1f`) compute in decimal, as
/// Sprig does with shopspring/decimal: each float is read as its shortest decimal text,
/// so `addf 0.1 0.2` is exactly `0.3`, not `0.30000000000000004`.
enum SprigCoreDecimal {
    enum Operation { case add, subtract, multiply, divide }

    /// shopspring's `Div` keeps 16 digits after the point, rounding half away from zero.
    static let divisionPrecision = 16

    /// Folds `rest` into `first` with `op`, then reads the decimal result back as a float64.
    static func fold(_ first: GoValue, _ rest: [GoValue], _ op: Operation) throws -> Double {
        let numbers = [SprigCast.toFloat64(first)] + rest.map(SprigCast.toFloat64)
        for d in numbers where d.isNaN || d.isInfinite {
            throw GoCallError("Cannot create a Decimal from \(GoFmt.formatValue(.float64(d)))")
        }
        if let exact = try decimalFold(numbers, op) { return exact }
        // Foundation's Decimal stops at exponents near ±128; beyond that, float arithmetic
        // gives what the exact decimal would round to in all but contrived cases.
        var acc = numbers[0]
        for x in numbers.dropFirst() {
            switch op {
            case .add: acc += x
            case .subtract: acc -= x
            case .multiply: acc *= x
            case .divide:
                if x == 0 { throw GoCallError("decimal division by 0") }
                acc /= x
            }
        }
        return acc
    }

    private static func decimalFold(_ numbers: [Double], _ op: Operation) throws -> Double? {
        guard var acc = decimal(numbers[0]) else { return nil }
        for d in numbers.dropFirst() {
            guard let x = decimal(d) else { return nil }
            switch op {
            case .add: acc = acc + x
            case .subtract: acc = acc - x
            case .multiply: acc = acc * x
            case .divide:
                if x.isZero { throw GoCallError("decimal division by 0") }
                var q = acc / x
                var rounded = Decimal()
                NSDecimalRound(&rounded, &q, divisionPrecision, .plain)
                acc = rounded
            }
        }
        if acc.isNaN { return nil }
        return Double(acc.description)
    }

    /// `decimal.NewFromFloat`: the exact decimal of the float's shortest text; nil when
    /// Foundation's Decimal cannot hold it.
    private static func decimal(_ d: Double) -> Decimal? {
        if d == 0 { return Decimal(0) }
        guard let x = Decimal(string: "\(d)", locale: Locale(identifier: "en_US_POSIX")), !x.isNaN, !x.isZero else { return nil }
        return x
    }
}
