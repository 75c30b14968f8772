import Foundation
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

    @Test func unknownNamesFailWithHelmsText() {
        #expect(throws: PostRenderer.Failure.self) {
            try PostRenderer.resolve("no-such-renderer-here", args: [], environment: ["HELM_PLUGINS": "/nonexistent", "PATH": ""])
        }
    }
}
