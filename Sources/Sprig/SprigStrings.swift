import GoValue

/// Sprig's string functions. Go strings are bytes, so lengths and offsets here
/// (`trunc`, `substr`, `abbrev`, `wrap`) count UTF-8 bytes, as Sprig's do.
enum SprigStrings {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        typealias T = SprigCoreText
        let s = SprigCoreArgs.string, i = SprigCoreArgs.int
        var f: [String: GoFunction] = [:]

        f["hello"] = GoFunction([], result: .string) { _ in .string("Hello!") }
        f["abbrev"] = GoFunction([.int, .string], result: .string) { a in
            let width = i(a[0])
            if width < 4 { return a[1] }
            return .string(T.abbreviate(s(a[1]), offset: 0, maxWidth: width) ?? "")
        }
        f["abbrevboth"] = GoFunction([.int, .int, .string], result: .string) { a in
            let left = i(a[0]), right = i(a[1])
            if right < 4 || left > 0 && right < 7 { return a[2] }
            return .string(T.abbreviate(s(a[2]), offset: left, maxWidth: right) ?? "")
        }
        f["trunc"] = GoFunction([.int, .byteString], result: .string) { a in SprigByteStrings.trunc(a[1], i(a[0])) }
        f["trim"] = stringMap(T.trimSpace)
        f["upper"] = stringMap { SprigCoreValues.mapScalars($0, SprigCoreValues.toUpper) }
        f["lower"] = stringMap { SprigCoreValues.mapScalars($0, SprigCoreValues.toLower) }
        f["title"] = stringMap(T.title)
        f["untitle"] = stringMap(T.uncapitalize)
        f["substr"] = GoFunction([.int, .int, .byteString], result: .string) { a in
            try SprigByteStrings.substring(a[2], start: i(a[0]), end: i(a[1]))
        }
        f["repeat"] = GoFunction([.int, .string], result: .string) { a in .string(try T.repeated(s(a[1]), i(a[0]))) }
        let trimAll = GoFunction([.string, .string], result: .string) { a in .string(T.trim(s(a[1]), cutset: s(a[0]))) }
        f["trimAll"] = trimAll
        f["trimall"] = trimAll
        f["trimSuffix"] = GoFunction([.string, .string], result: .string) { a in .string(T.trimSuffix(s(a[1]), s(a[0]))) }
        f["trimPrefix"] = GoFunction([.string, .string], result: .string) { a in .string(T.trimPrefix(s(a[1]), s(a[0]))) }
        f["nospace"] = stringMap(T.deleteWhiteSpace)
        f["initials"] = stringMap(T.initials)
        f["swapcase"] = stringMap(T.swapCase)
        f["snakecase"] = stringMap(SprigCoreCase.snake)
        f["camelcase"] = stringMap(SprigCoreCase.pascal)
        f["kebabcase"] = stringMap(SprigCoreCase.kebab)
        f["shuffle"] = stringMap { SprigCoreRandom(env).shuffle($0) }
        f["randAlphaNum"] = random(env) { c in SprigCoreValues.isLetter(c) || SprigCoreValues.isDigit(c) }
        f["randAlpha"] = random(env) { c in SprigCoreValues.isLetter(c) }
        f["randNumeric"] = random(env) { c in SprigCoreValues.isDigit(c) }
        f["randAscii"] = GoFunction([.int], result: .string) { a in
            .string(SprigCoreRandom(env).string(count: i(a[0]), from: 32, to: 127) { _ in true })
        }
        f["wrap"] = GoFunction([.int, .string], result: .string) { a in
            .string(T.wrap(s(a[1]), width: i(a[0]), newline: "", wrapLongWords: false))
        }
        f["wrapWith"] = GoFunction([.int, .string, .string], result: .string) { a in
            .string(T.wrap(s(a[2]), width: i(a[0]), newline: s(a[1]), wrapLongWords: true))
        }
        f["contains"] = GoFunction([.string, .string], result: .bool) { a in .bool(T.contains(s(a[1]), s(a[0]))) }
        f["hasPrefix"] = GoFunction([.string, .string], result: .bool) { a in .bool(T.hasPrefix(s(a[1]), s(a[0]))) }
        f["hasSuffix"] = GoFunction([.string, .string], result: .bool) { a in .bool(T.hasSuffix(s(a[1]), s(a[0]))) }
        f["quote"] = GoFunction([], variadic: .interface, result: .string) { a in
            if SprigByteStrings.anyRaw(a) { return SprigByteStrings.joined(a, "%q", SprigByteStrings.strval) }
            return .string(a.filter { !$0.isNil }.map { GoFmt.quote(SprigCoreValues.strval($0)) }.joined(separator: " "))
        }
        f["squote"] = GoFunction([], variadic: .interface, result: .string) { a in
            if SprigByteStrings.anyRaw(a) { return SprigByteStrings.joined(a, "'%v'") }
            return .string(a.filter { !$0.isNil }.map { "'" + GoFmt.formatValue($0) + "'" }.joined(separator: " "))
        }
        f["cat"] = GoFunction([], variadic: .interface, result: .string) { a in
            if SprigByteStrings.anyRaw(a) { return SprigByteStrings.joined(a, "%v") }
            return .string(a.filter { !$0.isNil }.map(GoFmt.formatValue).joined(separator: " "))
        }
        f["indent"] = GoFunction([.int, .string], result: .string) { a in .string(try indent(i(a[0]), s(a[1]))) }
        f["nindent"] = GoFunction([.int, .string], result: .string) { a in .string("\n" + (try indent(i(a[0]), s(a[1])))) }
        f["replace"] = GoFunction([.string, .string, .string], result: .string) { a in
            .string(T.replaceAll(s(a[2]), s(a[0]), s(a[1])))
        }
        f["plural"] = GoFunction([.string, .string, .int], result: .string) { a in i(a[2]) == 1 ? a[0] : a[1] }
        f["split"] = GoFunction([.string, .string], result: .map(key: .string, value: .string)) { a in
            numbered(T.split(s(a[1]), s(a[0])))
        }
        f["splitn"] = GoFunction([.string, .int, .string], result: .map(key: .string, value: .string)) { a in
            numbered(T.split(s(a[2]), s(a[0]), i(a[1])))
        }
        f["splitList"] = GoFunction([.string, .string], result: .slice(.string)) { a in
            .strings(T.split(s(a[1]), s(a[0])))
        }
        f["join"] = GoFunction([.string, .interface], result: .string) { a in
            if SprigByteStrings.listHasRaw(a[1]) { return SprigByteStrings.join(a[1], separator: a[0]) }
            return .string(SprigConversion.strslice(a[1]).joined(separator: s(a[0])))
        }
        return f
    }

    /// A `func(string) string`.
    private static func stringMap(_ body: @escaping (String) -> String) -> GoFunction {
        GoFunction([.string], result: .string) { a in .string(body(SprigCoreArgs.string(a[0]))) }
    }

    /// goutils' `CryptoRandom` with the printable-ASCII range and a character filter.
    private static func random(_ env: SprigEnvironment, _ accept: @escaping (Unicode.Scalar) -> Bool) -> GoFunction {
        GoFunction([.int], result: .string) { a in
            .string(SprigCoreRandom(env).string(count: SprigCoreArgs.int(a[0]), from: 32, to: 123, accept))
        }
    }

    /// Sprig's `indent`: the pad goes before the text and after every newline.
    private static func indent(_ spaces: Int, _ text: String) throws -> String {
        let pad = try SprigCoreText.repeated(" ", spaces)
        return pad + SprigCoreText.replaceAll(text, "\n", "\n" + pad)
    }

    /// Sprig's `split` result: `map[string]string` keyed `_0`, `_1`, ...
    private static func numbered(_ parts: [String]) -> GoValue {
        var entries: [String: GoValue] = [:]
        for (n, p) in parts.enumerated() { entries["_\(n)"] = .string(p) }
        return .map(GoMap(entries, valueType: .string))
    }
}
