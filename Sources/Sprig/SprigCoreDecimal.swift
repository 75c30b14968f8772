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
        var acc = try decimal(SprigCast.toFloat64(first))
        for v in rest {
            let x = try decimal(SprigCast.toFloat64(v))
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
        return Double(acc.description) ?? 0
    }

    /// `decimal.NewFromFloat`: the exact decimal of the float's shortest text; NaN and
    /// infinities panic in shopspring, reported as the same message.
    private static func decimal(_ d: Double) throws -> Decimal {
        if d.isNaN || d.isInfinite {
            throw GoCallError("Cannot create a Decimal from \(GoFmt.formatValue(.float64(d)))")
        }
        if d == 0 { return Decimal(0) }
        return Decimal(string: "\(d)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(d)
    }
}
