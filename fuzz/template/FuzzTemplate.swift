import GoTemplate
import GoValue

/// libFuzzer entry point: the input is template text. It is lexed, parsed and, when
/// it parses, executed against a small fixed data set. Any crash, trap or sanitizer
/// report is a bug; template errors are expected and ignored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    if !FuzzBudget.accepts(bytes) { return -1 }
    let text = String(decoding: bytes, as: UTF8.self)
    let set = TemplateSet(functions: FuzzData.functions, missingKey: .zero)
    do {
        try set.parse(name: "fuzz", text: text)
        _ = try set.execute(name: "fuzz", data: FuzzData.data)
    } catch let error as TemplateError {
        _ = error.description
    } catch {
        fatalError("unexpected error type \(type(of: error))")
    }
    return 0
}

/// Keeps inputs whose running time is bounded: Go itself would loop for as long
/// on `{{range 99999999}}` or doubly recursive templates, so those are not bugs.
enum FuzzBudget {
    static func accepts(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        for c in b {
            if c >= 0x30 && c <= 0x39 {
                digits += 1
                if digits > 2 { return false }
            } else {
                digits = 0
            }
        }
        return count(b, "range") <= 3 && count(b, "template") + count(b, "block") <= 1
    }

    static func count(_ b: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Int {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard b.count >= w.count else { return 0 }
        var n = 0
        for i in 0...(b.count - w.count) where b[i] == w[0] {
            var k = 1
            while k < w.count && b[i + k] == w[k] { k += 1 }
            if k == w.count { n += 1 }
        }
        return n
    }
}

enum FuzzData {
    static let data: GoValue = .dict([
        "Values": .dict([
            "s": .string("hello"), "n": .float64(3), "l": .list([.string("a"), .int(2), .nil]),
            "m": .dict(["a": .float64(1), "b": .dict(["c": .bool(true)])]), "nul": .nil,
        ]),
    ])

    static let functions: [String: GoFunction] = [
        "upper": GoFunction([.string], result: .string) { args in .string(args[0].stringValue?.uppercased() ?? "") },
        "list": GoFunction([], variadic: .interface, result: .slice(.interface)) { args in .list(args) },
        "fail": GoFunction([.string], result: .string) { args in throw GoCallError(args[0].stringValue ?? "") },
        "repeat": GoFunction([.int, .string], result: .string) { args in
            guard case .int(let n) = args[0], n >= 0, n < 100 else { return .string("") }
            return .string(String(repeating: args[1].stringValue ?? "", count: n))
        },
    ]
}
