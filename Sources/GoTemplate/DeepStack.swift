#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs parsing and execution on a thread with a large stack. Go's goroutine stacks
/// grow on demand, so Go accepts 10,000 nested parentheses or deeply nested blocks;
/// a fixed 8 MiB native stack would crash first. Only the outermost call moves to
/// the big thread; nested calls (Helm's `include` inside a template) stay on it.
enum DeepStack {
    /// Reserved, not committed: pages are touched only as deep as recursion goes.
    static let stackSize = 512 << 20

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    /// The work and its outcome, handed to the new thread.
    private final class Job {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }

    static func run<T>(_ body: () throws -> T) throws -> T {
        if pthread_getspecific(key) != nil {
            return try body()
        }
        var outcome: Result<T, any Error>?
        withoutActuallyEscaping(body) { escapable in
            let job = Job {
                pthread_setspecific(DeepStack.key, UnsafeRawPointer(bitPattern: 1))
                outcome = Result { try escapable() }
            }
            let unmanaged = Unmanaged.passRetained(job)
            var attr = pthread_attr_t()
            pthread_attr_init(&attr)
            pthread_attr_setstacksize(&attr, stackSize)
            #if canImport(Darwin)
            var thread: pthread_t?
            #else
            var thread = pthread_t()
            #endif
            let rc = pthread_create(&thread, &attr, { arg in
                let job = Unmanaged<Job>.fromOpaque(arg!).takeRetainedValue()
                job.work()
                return nil
            }, unmanaged.toOpaque())
            pthread_attr_destroy(&attr)
            if rc != 0 {
                unmanaged.release()
                outcome = Result { try escapable() }
                return
            }
            #if canImport(Darwin)
            pthread_join(thread!, nil)
            #else
            pthread_join(thread, nil)
            #endif
        }
        return try outcome!.get()
    }
}
