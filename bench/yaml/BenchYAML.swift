import Foundation
import GoValue
import YAML

/// Decodes a values file and encodes it back with `toYaml`, printing MB/s.
@main
struct BenchYAML {
    static func main() throws {
        let path = CommandLine.arguments[1]
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let mb = Double(text.utf8.count) / 1_000_000
        var best = Double.infinity, bestDecode = Double.infinity
        var outBytes = 0
        for _ in 0..<3 {
            let start = Date()
            let v = try HelmYAML.decodeValues(text)
            let mid = Date()
            outBytes = HelmYAML.toYAML(v).utf8.count
            best = min(best, Date().timeIntervalSince(start))
            bestDecode = min(bestDecode, mid.timeIntervalSince(start))
        }
        print(String(format: "chart: %.1f MB decode+toYaml in %.2fs = %.1f MB/s (decode %.2fs; output %d bytes)",
                     mb, best, mb / best, bestDecode, outBytes))
    }
}
