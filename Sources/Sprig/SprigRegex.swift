import GoValue

/// Sprig's regex functions, on `GoRegexp` (Go's RE2 syntax and semantics).
///
/// The plain forms use `regexp.MustCompile`, so a bad pattern is a panic that the template
/// engine reports as the call's error; the `must` forms return the syntax error itself.
enum SprigRegex {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        var f: [String: GoFunction] = [:]
        f["regexMatch"] = GoFunction([.string, .string], result: .bool) { a in
            .bool((try? GoRegexp(str(a[0])))?.matches(str(a[1])) ?? false)
        }
        f["mustRegexMatch"] = GoFunction([.string, .string], result: .bool) { a in
            .bool(try compile(a[0]).matches(str(a[1])))
        }
        f["regexFindAll"] = GoFunction([.string, .string, .int], result: .slice(.string)) { a in
            strings(try mustCompile(a[0]).allMatches(in: str(a[1]), limit: int(a[2])))
        }
        f["mustRegexFindAll"] = GoFunction([.string, .string, .int], result: .slice(.string)) { a in
            strings(try compile(a[0]).allMatches(in: str(a[1]), limit: int(a[2])))
        }
        f["regexFind"] = GoFunction([.string, .string], result: .string) { a in
            .string(try mustCompile(a[0]).firstMatch(in: str(a[1])))
        }
        f["mustRegexFind"] = GoFunction([.string, .string], result: .string) { a in
            .string(try compile(a[0]).firstMatch(in: str(a[1])))
        }
        f["regexReplaceAll"] = GoFunction([.string, .string, .string], result: .string) { a in
            .string(try mustCompile(a[0]).replacingAll(in: str(a[1]), with: str(a[2])))
        }
        f["mustRegexReplaceAll"] = GoFunction([.string, .string, .string], result: .string) { a in
            .string(try compile(a[0]).replacingAll(in: str(a[1]), with: str(a[2])))
        }
        f["regexReplaceAllLiteral"] = GoFunction([.string, .string, .string], result: .string) { a in
            .string(try mustCompile(a[0]).replacingAll(in: str(a[1]), withLiteral: str(a[2])))
        }
        f["mustRegexReplaceAllLiteral"] = GoFunction([.string, .string, .string], result: .string) { a in
            .string(try compile(a[0]).replacingAll(in: str(a[1]), withLiteral: str(a[2])))
        }
        f["regexSplit"] = GoFunction([.string, .string, .int], result: .slice(.string)) { a in
            strings(try mustCompile(a[0]).split(str(a[1]), limit: int(a[2])))
        }
        f["mustRegexSplit"] = GoFunction([.string, .string, .int], result: .slice(.string)) { a in
            strings(try compile(a[0]).split(str(a[1]), limit: int(a[2])))
        }
        f["regexQuoteMeta"] = GoFunction([.string], result: .string) { a in
            .string(GoRegexp.quoteMeta(str(a[0])))
        }
        return f
    }

    private static func str(_ v: GoValue) -> String { v.stringValue ?? "" }

    private static func int(_ v: GoValue) -> Int {
        switch v {
        case .int(let i): return i
        case .int64(let i): return Int(i)
        case .integer(let i, _): return Int(i)
        default: return 0
        }
    }

    /// A `[]string`; nil stays a nil slice, which `toJson` prints as `null`.
    private static func strings(_ list: [String]?) -> GoValue {
        .slice(GoSlice((list ?? []).map { .string($0) }, elementType: .string, isNil: list == nil))
    }

    private static func compile(_ pattern: GoValue) throws -> GoRegexp {
        do throws(RegexSyntaxError) { return try GoRegexp(str(pattern)) } catch {
            throw GoCallError(error.description)
        }
    }

    private static func mustCompile(_ pattern: GoValue) throws -> GoRegexp {
        do throws(RegexSyntaxError) { return try GoRegexp(str(pattern)) } catch {
            throw GoCallError(GoRegexp.mustCompileMessage(str(pattern), error))
        }
    }
}
