import Foundation
import Testing
@testable import ChartKit

/// `.helmignore`, Go's path globs and the folder walk (HELM-NOTES 5.9, 5.10).
@Suite struct LoaderTests {
    @Test(arguments: [
        ("*.log", "a.log", true), ("*.log", "dir/a.log", false), ("a/*.log", "a/x.log", true),
        ("a/*.log", "a/b/x.log", false), ("?.txt", "a.txt", true), ("?.txt", "/.txt", false),
        ("[a-c]x", "bx", true), ("[^a-c]x", "bx", false), ("[^a-c]x", "dx", true), ("\\*x", "*x", true),
        ("templates/*", "templates/a.yaml", true), ("templates/*", "templates/sub/a.yaml", false),
        ("*", "", true), ("a*b*c", "aXbYc", true), ("a*b*c", "aXbY/c", false),
    ])
    func goPathPatternMatches(pattern: String, name: String, expected: Bool) throws {
        #expect(try GoPathPattern(pattern).matches(name) == expected)
    }

    @Test(arguments: ["[", "[]", "a\\", "[a-]", "[x"])
    func goPathPatternRejectsBadSyntax(pattern: String) {
        #expect(throws: GoPathPattern.BadPattern.self) { try GoPathPattern(pattern).matches("abc") }
    }

    @Test func helmIgnoreRulesFollowHelm() throws {
        let rules = try HelmIgnore(text: "# comment\n*.log\nb/\n/top.txt\ndocs/*.md\n  spaced.txt  \r\n")
        #expect(rules.ignores("x.log", isDirectory: false))
        #expect(rules.ignores("deep/down/x.log", isDirectory: false))
        #expect(rules.ignores("a/b", isDirectory: true))
        #expect(!rules.ignores("a/b", isDirectory: false))
        #expect(rules.ignores("top.txt", isDirectory: false))
        #expect(!rules.ignores("a/top.txt", isDirectory: false))
        #expect(rules.ignores("docs/r.md", isDirectory: false))
        #expect(!rules.ignores("docs/r.txt", isDirectory: false))
        #expect(rules.ignores("spaced.txt", isDirectory: false))
        #expect(!rules.ignores("# comment", isDirectory: false))
    }

    @Test func negatedRuleIgnoresEverythingElse() throws {
        let rules = try HelmIgnore(text: "!keep.log\n")
        #expect(rules.ignores("Chart.yaml", isDirectory: false))
        #expect(!rules.ignores("keep.log", isDirectory: false))
    }

    @Test func doubleStarIsAnError() {
        #expect(throws: ChartLoadError.message("double-star (**) syntax is not supported")) {
            try HelmIgnore(text: "a/**/b\n")
        }
    }

    @Test func defaultsHideHiddenTemplates() {
        var rules = HelmIgnore()
        rules.addDefaults()
        #expect(rules.ignores("templates/.hidden.yaml", isDirectory: false))
        #expect(!rules.ignores("templates/shown.yaml", isDirectory: false))
        #expect(!rules.ignores(".hidden", isDirectory: false))
    }

    @Test func directoryWalkAppliesHelmIgnore() throws {
        let files = try ChartLoader.readDirectory(TestPaths.charts + "/helmignore").map(\.name)
        #expect(files == [".helmignore", "Chart.yaml", "a/top.txt", "docs/r.txt", "keep.txt", "logs/keep.txt",
                          "templates/cm.yaml"])
    }

    @Test func directoryWalkIsInGoOrder() throws {
        let files = try ChartLoader.readDirectory(TestPaths.charts + "/files").map(\.name)
        #expect(files == [".helmignore", ".hidden", "Chart.yaml", "conf/app.properties", "conf/sub/deep.txt",
                          "conf/x.yaml", "files/crlf.txt", "files/lines.txt", "files/s.txt", "templates/files.yaml"])
    }

    @Test(arguments: [
        ("1.0.0", true), ("v1.2.3", true), ("1.0", true), ("1", true), ("1.2.3-rc.1+build.5", true),
        ("abc", false), ("1.2.3.4", false), ("1.2.3-01", false), ("", false), ("1..2", false),
    ])
    func chartVersionsAreCheckedAsSemVer(version: String, valid: Bool) {
        var md = ChartMetadata()
        md.apiVersion = "v2"
        md.name = "demo"
        md.version = version
        var rejected = false
        do { try md.validate() } catch {
            if case .validation(let message) = error { rejected = message.hasPrefix("chart.metadata.version") }
        }
        #expect(rejected == !valid)
    }

    @Test func metadataValidationUsesHelmWords() {
        var md = ChartMetadata()
        md.apiVersion = "v2"
        #expect(throws: ChartLoadError.validation("chart.metadata.name is required")) { try md.validate() }
        md.name = "x"
        #expect(throws: ChartLoadError.validation("chart.metadata.version is required")) { try md.validate() }
        md.version = "abc"
        #expect(throws: ChartLoadError.validation("chart.metadata.version \"abc\" is invalid")) { try md.validate() }
        md.version = "1.0.0"
        md.type = "weird"
        #expect(throws: ChartLoadError.validation("chart.metadata.type must be application or library")) { try md.validate() }
        md.type = "library"
        var dep = ChartDependency()
        dep.name = "a"
        dep.alias = "bad alias!"
        md.dependencies = [dep]
        #expect(throws: ChartLoadError.validation("dependency \"a\" has disallowed characters in the alias")) { try md.validate() }
        md.dependencies = [dep, dep].map { var d = $0; d.alias = ""; return d }
        #expect(throws: ChartLoadError.validation("more than one dependency with name or alias \"a\"")) { try md.validate() }
    }
}

/// Where the committed test data lives.
enum TestPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let charts = root + "/testdata/charts"
    static let goldens = root + "/testdata/goldens"
}
