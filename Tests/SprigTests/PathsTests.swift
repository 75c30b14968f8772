import Testing
@testable import Sprig

/// Go's `path` and `path/filepath` functions against the reference Helm.
@Suite struct PathsTests {
    static let families: Set<String> = ["base", "dir", "clean", "ext", "isAbs",
                                        "osBase", "osDir", "osClean", "osExt", "osIsAbs"]

    @Test func tableIsLoaded() {
        #expect(MiscCaseTable.cases(Self.families).count > 300)
    }

    @Test(arguments: MiscCaseTable.cases(families))
    func matchesHelm(_ row: MiscCase) {
        let result = MiscCaseTable.run(row)
        #expect(result.output == row.output)
        #expect(result.error == row.error)
    }

    @Test func cleanIsIdempotent() {
        for path in ["a/../../b", "/./x//y/", "..//..", "a/b/c/../../..", ""] {
            let once = GoPath.clean(path)
            #expect(GoPath.clean(once) == once)
        }
    }
}
