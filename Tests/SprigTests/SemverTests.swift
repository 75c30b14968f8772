import Testing
import GoValue
@testable import Sprig

@Suite struct SemverTests {
    static let cases = ExtCase.load("semver")

    @Test func tableIsLoaded() {
        #expect(Self.cases.count >= 300)
    }

    /// Every call the reference Helm ran: same type, same printed value, or the same error.
    @Test(arguments: cases)
    func matchesHelm(_ c: ExtCase) {
        let evaluator = ExtEvaluator()
        do {
            let v = try evaluator.evaluate(c)
            #expect(c.err == nil, "expected error \(c.err ?? "")")
            #expect(extTypeName(v) == c.type)
            #expect(extFormat(v) == c.out)
            #expect(extJSON(v) == c.json)
        } catch {
            #expect(c.err == "\(error)")
        }
    }

    @Test func publicAPIForTheLoader() throws {
        let v = try SemanticVersion(parsing: "v1.21.5-gke.1302")
        #expect(v.major == 1 && v.minor == 21 && v.patch == 5 && v.prerelease == "gke.1302")
        #expect(try SemverConstraint(parsing: ">=1.21-0").isSatisfied(by: v))
        #expect(try !SemverConstraint(parsing: ">=1.21").isSatisfied(by: v))
        #expect(try SemverConstraint(parsing: "^1.2 || ~2.0").description == "^1.2 || ~2.0")
        #expect(throws: SemverError.invalidSemVer) { try SemanticVersion(parsing: "1.2.3.4") }
        #expect(throws: SemverError.segmentStartsZero) { try SemanticVersion(strict: "01.2.3") }
        #expect(try SemanticVersion(strict: "1.2.3-rc.1+b").description == "1.2.3-rc.1+b")
        #expect(throws: SemverError.invalidSemVer) { try SemanticVersion(strict: "1.2") }
        #expect(try SemanticVersion(parsing: "1.2.3-alpha") < SemanticVersion(parsing: "1.2.3"))
    }
}
