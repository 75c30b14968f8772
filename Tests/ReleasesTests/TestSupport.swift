import ChartKit
import Foundation
import GoValue
@testable import Releases

/// Paths and fixtures shared by the release tests.
enum TestSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let charts = root + "/testdata/charts"

    static func chart(_ name: String) throws -> Chart { try ChartLoader.load(path: charts + "/" + name) }

    /// A clock that ticks one minute per reading from 2026-01-02 03:04:05.5 UTC, so
    /// every timestamp in a scenario is known.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var next = ReleaseTime(seconds: 1_767_323_045, nanoseconds: 500_000_000)
        func now() -> ReleaseTime {
            lock.lock()
            defer { lock.unlock() }
            let t = next
            next.seconds += 60
            return t
        }
    }

    /// A fresh folder under the system temporary folder.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "chart-releases-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Helm's masking of wall-clock times, as scripts/gen-release-goldens.py does it.
    static func maskTimes(_ text: String) -> String {
        var out = text.replacing(/(?m)^LAST DEPLOYED: .*$/, with: "LAST DEPLOYED: <time>")
        out = out.replacing(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)"/, with: "\"<time>\"")
        return out
    }
}
