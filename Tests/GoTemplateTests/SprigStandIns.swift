import GoTemplate
import GoValue

/// Stand-ins for the few Sprig functions the conformance table uses, with Sprig's Go
/// signatures so the executor's argument checks are exercised exactly as in Helm.
/// Bodies cover only the inputs in the table.
enum SprigStandIns {
    static let functions: [String: GoFunction] = [
        "upper": GoFunction([.string], result: .string) { args in
            .string(args[0].stringValue!.uppercased())
        },
        "trunc": GoFunction([.int, .string], result: .string) { args in
            guard case .int(let c) = args[0], let s = args[1].stringValue else { return .nil }
            let b = Array(s.utf8)
            if c < 0 && b.count + c > 0 { return .string(String(decoding: b[(b.count + c)...], as: UTF8.self)) }
            if c >= 0 && b.count > c { return .string(String(decoding: b[..<c], as: UTF8.self)) }
            return .string(s)
        },
        "repeat": GoFunction([.int, .string], result: .string) { args in
            guard case .int(let n) = args[0] else { return .nil }
            return .string(String(repeating: args[1].stringValue!, count: n))
        },
        "until": GoFunction([.int], result: .slice(.int)) { args in
            guard case .int(let n) = args[0] else { return .nil }
            return .slice(GoSlice((0..<max(n, 0)).map { .int($0) }, elementType: .int))
        },
        "typeOf": GoFunction([.interface], result: .string) { args in
            .string(args[0].type?.description ?? "<nil>")
        },
        "kindOf": GoFunction([.interface], result: .string) { args in
            .string(args[0].kind.rawValue)
        },
        "default": GoFunction([.interface], variadic: .interface, result: .interface) { args in
            if args.count < 2 || !args[1].isTruthy { return args[0] }
            return args[1]
        },
        "list": GoFunction([], variadic: .interface, result: .slice(.interface)) { args in
            .list(args)
        },
        "add1": GoFunction([.interface], result: .int64) { args in
            switch args[0] {
            case .int(let i): return .int64(Int64(i) + 1)
            case .int64(let i): return .int64(i + 1)
            case .float64(let d): return .int64(Int64(d) + 1)
            default: return .int64(1)
            }
        },
        "round": GoFunction([.interface, .int], variadic: .float64, result: .float64) { args in
            var roundOn = 0.5
            if args.count > 2, case .float64(let r) = args[2] { roundOn = r }
            var val = 0.0
            switch args[0] {
            case .float64(let d): val = d
            case .int(let i): val = Double(i)
            default: break
            }
            guard case .int(let p) = args[1] else { return .nil }
            var pow = 1.0
            for _ in 0..<p { pow *= 10 }
            let digit = pow * val
            let frac = digit - digit.rounded(.towardZero)
            let r = frac >= roundOn ? digit.rounded(.up) : digit.rounded(.down)
            return .float64(r / pow)
        },
    ]
}
