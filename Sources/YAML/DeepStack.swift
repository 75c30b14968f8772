import Foundation
import GoValue

/// Carries a result back from the big-stack thread.
final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
    let body: () throws -> T
    init(_ body: @escaping () throws -> T) { self.body = body }
}

/// Runs deeply recursive work on a thread with a large stack.
///
/// Decoding and encoding walk values recursively; Swift's default secondary-thread
/// stacks (512 KB) would overflow long before Go's 10000-level nesting limit.
enum DeepStack {
    static let stackSize = 512 << 20

    static func run<T>(_ deep: Bool, _ body: @escaping () throws -> T) throws -> T {
        if !deep { return try body() }
        let box = ResultBox<T>(body)
        let done = DispatchSemaphore(value: 0)
        let work: @Sendable () -> Void = { [box] in
            box.result = Result { try box.body() }
            done.signal()
        }
        let thread = Thread(block: work)
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return try box.result!.get()
    }

    /// Nesting depth of a Go value, counted without recursion and capped at `limit`.
    static func depth(_ v: GoValue, limit: Int) -> Int {
        var stack: [(GoValue, Int)] = [(v, 1)]
        var best = 0
        while let (x, d) = stack.popLast() {
            best = max(best, d)
            if best >= limit { return best }
            switch x {
            case .slice(let s): for e in s.elements { stack.append((e, d + 1)) }
            case .map(let m): for e in m.entries.values { stack.append((e, d + 1)) }
            default: break
            }
        }
        return best
    }
}
