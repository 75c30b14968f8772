#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs deeply recursive work (template parsing and execution, YAML and JSON walks) on a
/// thread with a large stack. Go's goroutine stacks grow on demand, so Go accepts 10,000
/// nested parentheses or a thousand nested `include`s; a fixed 8 MiB native stack would
/// crash first. Only the outermost call moves to a new thread: work already on a big
/// stack runs inline, because starting a thread per template costs more than rendering it.
public enum DeepStack {
    /// Reserved, not committed: pages are touched only as deep as recursion goes.
    public static let stackSize = 512 << 20

    private static let marker: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Whether the calling thread is already a big-stack thread.
    public static var isOnDeepStack: Bool { pthread_getspecific(marker) != nil }

    private final class Job {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }

    /// glibc gives each new thread its own malloc arena and grows it by the few pages each
    /// allocation lacks, one mprotect call per growth: rendering a large chart on the big-stack
    /// thread made hundreds of them. Growing the arena once by `heapReserve` up front (address
    /// space only: pages are not touched, so memory use does not change) and not trimming it
    /// back leaves the allocator no system call to make.
    private static let heapReserve = 16 << 20

    private static let allocatorTuned: Bool = {
        #if canImport(Glibc)
        // malloc.h is not part of the Glibc module; mallopt is looked up by name.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil /* RTLD_DEFAULT */, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        // Blocks below this come from the arena (the reserve must); no trimming below it.
        _ = mallopt(-3 /* M_MMAP_THRESHOLD */, Int32(heapReserve * 2))
        _ = mallopt(-1 /* M_TRIM_THRESHOLD */, Int32(heapReserve * 4))
        return true
        #else
        return false
        #endif
    }()

    private static let reserveWitness: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static func reserveThreadHeap() {
        #if canImport(Glibc)
        guard allocatorTuned, let block = malloc(heapReserve) else { return }
        // Handed to the C library (per thread) so the compiler cannot drop the pair as dead.
        pthread_setspecific(reserveWitness, block)
        free(block)
        pthread_setspecific(reserveWitness, nil)
        #endif
    }

    /// A joinable thread with a big stack, marked as such, running `work`; nil if none could be made.
    private static func startThread(_ work: @escaping () -> Void) -> pthread_t? {
        let unmanaged = Unmanaged.passRetained(Job {
            pthread_setspecific(DeepStack.marker, UnsafeRawPointer(bitPattern: 1))
            reserveThreadHeap()
            work()
        })
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, stackSize)
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let rc = pthread_create(&thread, &attr, { arg in
            Unmanaged<Job>.fromOpaque(arg!).takeRetainedValue().work()
            return nil
        }, unmanaged.toOpaque())
        guard rc == 0 else {
            unmanaged.release()
            return nil
        }
        #if canImport(Darwin)
        return thread
        #else
        return Optional(thread)
        #endif
    }

    /// Runs `body` on a big stack when `needed` (callers that know the input is shallow pass false).
    public static func run<T>(_ needed: Bool = true, _ body: () throws -> T) throws -> T {
        if !needed || isOnDeepStack {
            return try body()
        }
        var outcome: Result<T, any Error>?
        withoutActuallyEscaping(body) { escapable in
            if let thread = startThread({ outcome = Result { try escapable() } }) {
                pthread_join(thread, nil)
            } else {
                // No thread to be had: run here and let recursion limits do what they can.
                outcome = Result { try escapable() }
            }
        }
        return try outcome!.get()
    }

    /// Runs `body(k)` for k in 0..<count at the same time: k = 0 on the calling thread (moved to a
    /// big stack first if needed), the others on new big-stack threads; returns when all are done.
    /// `body` must only touch state that is safe to share or that each k owns.
    public static func concurrently(_ count: Int, _ body: (Int) -> Void) {
        withoutActuallyEscaping(body) { escapable in
            var threads: [pthread_t] = []
            var unstarted: [Int] = []
            for k in 1..<max(count, 1) {
                if let thread = startThread({ escapable(k) }) {
                    threads.append(thread)
                } else {
                    // No thread to be had: this share runs here, after the caller's own.
                    unstarted.append(k)
                }
            }
            _ = try? run {
                escapable(0)
                for k in unstarted { escapable(k) }
            }
            for thread in threads { pthread_join(thread, nil) }
        }
    }

    /// `items.map(transform)`, with the items shared out over `workers` big-stack threads
    /// (item i goes to thread i % workers). `transform` must be safe to run concurrently.
    public static func concurrentMap<T, R>(_ items: [T], workers: Int, _ transform: (T) -> R) -> [R] {
        let threads = max(1, min(workers, items.count))
        if threads == 1 {
            return (try? run { items.map(transform) }) ?? []
        }
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { slots in
            concurrently(threads) { k in
                var i = k
                while i < items.count {
                    slots[i] = transform(items[i])
                    i += threads
                }
            }
        }
        return results.map { $0! }
    }

    /// Processors this process may run on (at least 1).
    public static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
