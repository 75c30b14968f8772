import Foundation
import GoValue
import Testing
@testable import ChartKit

/// `--post-renderer` pieces Helm's goldens cannot show: the Helm v3 fallback to an
/// executable (v4 only errors there) and plugin lookup rules.
@Suite struct PostRendererTests {
    @Test func anExecutablePathRunsAsInHelmV3() throws {
        // v3 fed the printed manifest to the program and printed what it wrote: `cat` changes nothing.
        let plain = try TemplateGoldenTests.run(["template", "r", "./simple"])
        let piped = try TemplateGoldenTests.run(["template", "r", "./simple", "--post-renderer", "/bin/cat"],
                                                environment: ["HELM_PLUGINS": "/nonexistent"])
        #expect(piped.status == 0)
        #expect(piped.stdout == plain.stdout)
        let upper = try TemplateGoldenTests.run(["template", "r", "./simple", "--post-renderer", "/usr/bin/tr",
                                                 "--post-renderer-args", "a-z", "--post-renderer-args", "A-Z"],
                                                environment: ["HELM_PLUGINS": "/nonexistent"])
        #expect(upper.stdout.contains("KIND: DEPLOYMENT"))
    }

    @Test func aFailingExecutableReportsLikeHelmV3() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chart-v3-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let script = dir + "/fail.sh"
        try "#!/bin/sh\necho bad stuff >&2\nexit 2\n".write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let result = try TemplateGoldenTests.run(["template", "r", "./simple", "--post-renderer", script],
                                                 environment: ["HELM_PLUGINS": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: error while running post render on files: error while running command \(script). error output:\nbad stuff\n: exit status 2\n\nUse --debug flag to render out invalid YAML\n")
    }

    @Test func pluginDirectoriesFollowHelmsVariables() {
        #expect(PostRenderer.pluginDirectories(["HELM_PLUGINS": "/a:/b"]) == ["/a", "/b"])
        #expect(PostRenderer.pluginDirectories(["HELM_DATA_HOME": "/d"]) == ["/d/plugins"])
        #expect(PostRenderer.pluginDirectories(["XDG_DATA_HOME": "/x", "HOME": "/h"]) == ["/x/helm/plugins"])
        #expect(PostRenderer.pluginDirectories(["HOME": "/h"]) == ["/h/.local/share/helm/plugins"])
    }

    @Test func commandsExpandLikeGosOsExpand() {
        let env = ["HELM_PLUGIN_DIR": "/p", "X": "1"]
        #expect(PostRenderer.expand("${HELM_PLUGIN_DIR}/run.sh", env) == "/p/run.sh")
        #expect(PostRenderer.expand("$X-$MISSING.$", env) == "1-.$")
    }

    @Test(arguments: [("1.0.0", true), ("0.1.0-rc.1+b.2", true), ("v1.0.0", false), ("1.0", false),
                      ("01.0.0", false), ("1.0.0-", false), ("one", false)])
    func pluginVersionsMustBeStrictSemver(version: String, ok: Bool) {
        #expect(PostRenderer.isStrictSemver(version) == ok)
    }

    @Test func pluginsHelmWouldSkipAreNotFound() {
        let base: [String: GoValue] = ["apiVersion": .string("v1"), "name": .string("x"), "type": .string("postrenderer/v1"),
                                       "runtime": .string("subprocess"), "version": .string("1.0.0")]
        #expect(PostRenderer.isLoadable(GoMap(base)))
        var extra = base
        extra["unknown"] = .int(1)
        #expect(!PostRenderer.isLoadable(GoMap(extra)))
        var badName = base
        badName["name"] = .string("a b")
        #expect(!PostRenderer.isLoadable(GoMap(badName)))
    }

    @Test func unknownNamesFailWithHelmsText() {
        #expect(throws: PostRenderer.Failure.self) {
            try PostRenderer.resolve("no-such-renderer-here", args: [], environment: ["HELM_PLUGINS": "/nonexistent", "PATH": ""])
        }
    }
}
