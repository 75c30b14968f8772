import ArgumentParser
import Foundation
import Testing
@testable import chart

/// The hand parser for `chart template` against the argument parser: on every golden command line
/// (and some made to probe the edges) it either agrees field for field or steps aside (nil).
@Suite struct TemplateCommandParseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The argument lists of testdata/goldens/template.json (after `template`).
    static let goldenCommandLines: [[String]] = {
        struct Table: Decodable { struct Case: Decodable { var args: [String] }; var cases: [Case] }
        guard let data = FileManager.default.contents(atPath: root + "/testdata/goldens/template.json"),
              let table = try? JSONDecoder().decode(Table.self, from: data) else { return [] }
        return table.cases.map(\.args)
    }()

    static let probes: [[String]] = [
        ["r", "./c", "--namespace=ns", "--set", "a=b", "--set=c=d", "-f", "x.yaml", "--values=y.yaml"],
        ["./c", "-g", "--debug", "--include-crds", "--skip-tests", "--no-hooks", "--is-upgrade"],
        ["./c", "--namespace", "a", "--namespace", "b"],
        ["./c", "--debug", "--debug"],
        ["./c", "--debug=true"],
        ["./c", "--set", "-x"],
        ["./c", "--", "--set"],
        ["./c", "-fvalues.yaml"],
        ["./c", "--unknown-flag"],
        ["./c", "-s", "templates/a.yaml", "--show-only", "templates/b.yaml", "-a", "v1,apps/v1", "--api-versions", "x/v1"],
        ["./c", "--output-dir", "/tmp/o", "--release-name", "--kube-version", "1.30", "--name-template", "{{ .x }}"],
        ["./c", "--set-string", "a=1", "--set-json", "b={}", "--set-file", "c=f", "--set-literal", "d=\\,"],
        ["./c", "--post-renderer", "p", "--post-renderer-args", "x", "--dependency-update", "--skip-schema-validation", "--dry-run"],
        ["./c", "--set"],
    ]

    @Test func goldensAreRead() {
        #expect(Self.goldenCommandLines.count >= 100)
    }

    @Test(arguments: goldenCommandLines + probes)
    func agreesWithTheArgumentParser(words: [String]) throws {
        let normalized = try DryRunFlag.normalize(["template"] + words).dropFirst()
        let fast = TemplateCommand.fastFields(Array(normalized))
        let parsed = Result { try TemplateCommand.parseAsRoot(Array(normalized)) }
        guard let fast else { return }
        // What the hand parser accepts, the argument parser must accept with the same fields.
        let command = try #require(try parsed.get() as? TemplateCommand)
        #expect(command.fastFields == fast)
        #expect(TemplateCommand.fastParse(Array(normalized))?.fastFields == fast)
    }

    @Test func plainCommandLinesTakeTheFastPath() {
        let fast = Self.goldenCommandLines.filter { TemplateCommand.fastFields($0) != nil }
        #expect(fast.count * 10 >= Self.goldenCommandLines.count * 9, "\(fast.count) of \(Self.goldenCommandLines.count)")
    }

    @Test func stepsAsideForWhatItDoesNotKnow() {
        for words in [["./c", "--unknown-flag"], ["./c", "--", "x"], ["./c", "--namespace", "a", "-n", "b"],
                      ["./c", "--debug=true"], ["./c", "--set"], ["./c", "-fvalues.yaml"], ["./c", "--set", "-x"]] {
            #expect(TemplateCommand.fastFields(words) == nil, "\(words)")
        }
    }

    /// Every stored property of the command is one the hand parser fills: a new flag added only
    /// to the command would crash the fast path when read, so the count must move with it.
    @Test func coversEveryProperty() {
        let command = TemplateCommand.fastParse(["./c"])!
        let commandProperties = Mirror(reflecting: command).children.count
        let valuesProperties = Mirror(reflecting: command.values).children.count
        // FastFields holds the values group's fields inline, plus the command's own; the
        // install-only group is left to the argument parser (any of its flags steps aside).
        #expect(commandProperties - 2 + valuesProperties == Mirror(reflecting: TemplateCommand.FastFields()).children.count)
        #expect(command.installOnly.repository == nil && !command.installOnly.enableDNS)
    }
}
