import Testing
import Foundation
import GoValue
@testable import YAML

/// Renders freshly generated documents with the reference Helm, when it is installed,
/// and compares `fromYaml` → `toJson`/`toYaml` with ours.
@Suite struct HelmYAMLCrossCheckTests {
    static let helm: String? = {
        let candidates = [ProcessInfo.processInfo.environment["REFERENCE_HELM"],
                          NSHomeDirectory() + "/.cache/reference-helm/v4/helm"].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test(.enabled(if: helm != nil, "reference Helm not installed"))
    func generatedDocumentsMatchHelm() throws {
        var docs: [String] = []
        var seed = 0
        while docs.count < 100 {
            seed += 1
            var r = HelmYAMLPropertyTests.Rng(state: UInt64(seed) &* 31337 &+ 5)
            var m: [String: GoValue] = [:]
            for _ in 0..<(1 + r.below(6)) {
                m[HelmYAMLPropertyTests.string(&r)] = HelmYAMLPropertyTests.value(&r, depth: 3)
            }
            // Some strings cannot be written by toYaml at all (a NEL in a key); Helm fails on them too.
            guard let doc = try? HelmYAML.marshal(.dict(m)) else { continue }
            docs.append(doc)
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-xcheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("templates"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "apiVersion: v2\nname: xc\nversion: 0.1.0\n".write(to: dir.appendingPathComponent("Chart.yaml"), atomically: true, encoding: .utf8)
        let tpl = """
        {{- range $i, $s := .Values.docs }}{{ $v := fromYaml (b64dec $s) }}
        # {{ $i }}|{{ toJson $v | b64enc }}|{{ toYaml $v | b64enc }}|{{ toYamlPretty $v | b64enc }}|{{ toToml $v | b64enc }}
        {{- end }}

        """
        try tpl.write(to: dir.appendingPathComponent("templates/t.yaml"), atomically: true, encoding: .utf8)
        // Our own JSON writer: Foundation's escapes "/" as "\/", which YAML does not accept.
        let values = Data(try HelmYAML.marshalJSON(.dict(["docs": .strings(docs.map { Data($0.utf8).base64EncodedString() })])).utf8)
        let valuesFile = dir.appendingPathComponent("v.json")
        try values.write(to: valuesFile)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.helm!)
        p.arguments = ["template", "r", dir.path, "-f", valuesFile.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)

        var checked = 0
        for line in out.split(separator: "\n") where line.hasPrefix("# ") {
            let parts = line.dropFirst(2).split(separator: "|", omittingEmptySubsequences: false)
            guard parts.count == 5, let i = Int(parts[0]) else { continue }
            func unb64(_ s: Substring) -> String { String(decoding: Data(base64Encoded: String(s)) ?? Data(), as: UTF8.self) }
            let mine = HelmYAML.fromYAML(docs[i])
            #expect(HelmYAML.toJSON(mine) == unb64(parts[1]), "doc \(i): \(docs[i].debugDescription)")
            #expect(HelmYAML.toYAML(mine) == unb64(parts[2]), "doc \(i): \(docs[i].debugDescription)")
            #expect(HelmYAML.toYAMLPretty(mine) == unb64(parts[3]), "doc \(i): \(docs[i].debugDescription)")
            #expect(HelmYAML.toTOML(mine) == unb64(parts[4]), "doc \(i): \(docs[i].debugDescription)")
            checked += 1
        }
        #expect(checked == docs.count)
    }
}
