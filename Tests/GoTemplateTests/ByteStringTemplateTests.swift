import GoTemplate
import GoValue
import Testing

/// The executor and builtins with a Go string that is not UTF-8 (`GoByteString`): it passes
/// where Go accepts a string, `len` counts its bytes, comparisons and printf keep them.
@Suite struct ByteStringTemplateTests {
    static let binary: [UInt8] = [0x41, 0x80, 0xFF, 0x42]

    /// `hex` reads the raw bytes (declared `GoType.byteString`), `text` a plain string parameter.
    static let functions: [String: GoFunction] = [
        "hex": GoFunction([.byteString], result: .string) { a in
            .string((a[0].goStringBytes ?? []).map { String($0, radix: 16) }.joined(separator: ","))
        },
        "text": GoFunction([.string], result: .string) { a in .string("<\(a[0].stringValue ?? "not a .string")>") },
    ]

    private func render(_ text: String) throws -> String {
        let set = TemplateSet(functions: Self.functions, missingKey: .zero)
        try set.parse(name: "t", text: text)
        return try set.execute(name: "t", data: .dict(["b": .string(bytes: Self.binary), "s": .string("AB")]))
    }

    @Test(arguments: [
        ("{{ len .b }}", "4"),
        ("{{ .b | hex }}", "41,80,ff,42"),
        ("{{ printf \"%s\" .b | hex }}", "41,80,ff,42"),
        ("{{ print .b 7 | hex }}", "41,80,ff,42,37"),
        ("{{ println .b | len }}", "5"),
        ("{{ .b | text }}", "<A\u{FFFD}\u{FFFD}B>"),
        ("{{ \"lit\" | hex }}", "6c,69,74"),
        ("{{ printf \"%q\" .b }}", #""A\x80\xffB""#),
        ("{{ printf \"%T\" .b }}", "string"),
        ("{{ eq .b .b }} {{ eq .b .s }} {{ ne .s .b }} {{ eq .b \"x\" \"y\" }}", "true false true false"),
        ("{{ lt .s .b }} {{ lt .b .s }} {{ le .b .b }} {{ gt .b .s }}", "true false true true"),
        ("{{ if .b }}yes{{ end }} {{ and .b 1 }}", "yes 1"),
        ("{{ index .b 1 }} {{ index .b 3 }} {{ index \"héllo\" 2 }}", "128 66 169"),
        ("{{ slice .b 1 3 | hex }} {{ slice .b 2 | hex }} {{ slice \"héllo\" 0 2 | hex }}", "80,ff ff,42 68,c3"),
        ("{{ slice \"héllo\" 1 3 }}", "é"),
    ])
    func behavesAsAGoString(template: String, expected: String) throws {
        #expect(try render(template) == expected)
    }

    @Test func indexPastTheEndIsGoError() {
        do {
            _ = try render("{{ index .b 4 }}")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("error calling index: reflect: string index out of range"))
        }
    }

    @Test func byteStringParameterStillRejectsOtherTypes() {
        #expect(throws: TemplateError.self) { try render("{{ hex 1 }}") }
        do {
            _ = try render("{{ 3 | hex }}")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("wrong type for value; expected string; got int"))
        }
    }
}
