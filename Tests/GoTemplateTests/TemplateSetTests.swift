import GoTemplate
import GoValue
import Testing

/// A struct-like Go object with one field and one method, as Helm's built-in objects are.
final class Probe: GoObject {
    var goType: GoType { .pointer(.named("test.Probe", kind: .struct)) }
    func field(_ name: String) -> GoValue? { name == "Name" ? .string("probe") : nil }
    func method(_ name: String) -> GoFunction? {
        switch name {
        case "Has":
            return GoFunction([.string], result: .bool) { args in .bool(args[0].stringValue == "yes") }
        case "Fail":
            return GoFunction([], result: .string) { _ in throw GoCallError("probe failed") }
        default:
            return nil
        }
    }
    func formatted(plus: Bool) -> String { "&{probe}" }
}

private func render(_ text: String, data: GoValue = .dict([:]), missingKey: MissingKey = .zero,
                    functions: [String: GoFunction] = [:], left: String = "{{", right: String = "}}") throws -> String {
    let set = TemplateSet(functions: functions, missingKey: missingKey)
    try set.parse(name: "t", text: text, leftDelimiter: left, rightDelimiter: right)
    return try set.execute(name: "t", data: data)
}

private func errorText(_ body: () throws -> Any) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return "\(error)"
    }
}

@Suite struct DelimiterTests {
    @Test func customDelimitersReplaceBraces() throws {
        let out = try render("<< .x >> {{ .x }} <<- \" y \" ->> z", data: .dict(["x": .string("v")]), left: "<<", right: ">>")
        #expect(out == "v {{ .x }} y z")
    }

    @Test func customDelimiterComments() throws {
        #expect(try render("a[[/* c */]]b", left: "[[", right: "]]") == "ab")
    }

    @Test func emptyDelimitersMeanDefault() throws {
        #expect(try render("{{ 1 }}", left: "", right: "") == "1")
    }

    @Test func parseErrorWithCustomDelimiters() {
        #expect(errorText { try render("<< if >>", left: "<<", right: ">>") } == "template: t:1: missing value for if")
    }
}

@Suite struct TemplateSetBehaviourTests {
    @Test func definesJoinTheSetAndLaterParsesReplaceThem() throws {
        let set = TemplateSet()
        try set.parse(name: "a", text: "{{ define \"x\" }}one{{ end }}[{{ template \"x\" }}]")
        try set.parse(name: "b", text: "{{ define \"x\" }}two{{ end }}")
        #expect(set.templateNames == ["a", "b", "x"])
        #expect(try set.execute(name: "a", data: .nil) == "[two]")
        try set.parse(name: "c", text: "{{ define \"x\" }}  {{ end }}")
        #expect(try set.execute(name: "a", data: .nil) == "[two]", "an empty body must not replace a real one")
    }

    @Test func failedParseAddsNothing() {
        let set = TemplateSet()
        #expect(throws: TemplateError.self) { try set.parse(name: "a", text: "{{ define \"x\" }}x{{ end }}{{ if }}") }
        #expect(!set.hasTemplate("a"))
        #expect(!set.hasTemplate("x"))
    }

    @Test func cloneSharesTreesButNotLaterParses() throws {
        let set = TemplateSet()
        try set.parse(name: "a", text: "{{ define \"p\" }}P{{ end }}A")
        let copy = set.clone()
        try copy.parse(name: "tpl", text: "{{ template \"p\" }}!")
        #expect(try copy.execute(name: "tpl", data: .nil) == "P!")
        #expect(!set.hasTemplate("tpl"))
        #expect(try set.execute(name: "a", data: .nil) == "A")
    }

    @Test func missingTemplateUsesRootName() {
        let set = TemplateSet()
        #expect(errorText { try set.execute(name: "nope", data: .nil) }
            == "template: no template \"nope\" associated with template \"gotpl\"")
    }

    @Test func nestedExecuteFromAFunctionIsReentrant() throws {
        let set = TemplateSet(missingKey: .zero)
        set.functions["include"] = GoFunction([.string, .interface], result: .string) { [unowned set] args in
            .string(try set.execute(name: args[0].stringValue!, data: args[1]))
        }
        try set.parse(name: "t", text: """
            {{- define "inner" }}<{{ . }}>{{ end -}}
            {{- define "outer" }}({{ include "inner" . }}){{ end -}}
            {{ include "outer" 7 }}|{{ include "inner" "x" | len }}
            """)
        #expect(try set.execute(name: "t", data: .nil) == "(<7>)|3")
    }

    @Test func functionErrorsKeepTheUnderlyingError() {
        let set = TemplateSet(missingKey: .zero)
        set.functions["include"] = GoFunction([.string, .interface], result: .string) { [unowned set] args in
            .string(try set.execute(name: args[0].stringValue!, data: args[1]))
        }
        do {
            try set.parse(name: "t", text: "{{ define \"bad\" }}{{ .a.b }}{{ end }}x {{ include \"bad\" . }}")
            _ = try set.execute(name: "t", data: .dict(["a": .float64(1)]))
            Issue.record("expected an error")
        } catch let e as TemplateError {
            #expect(e.description == "template: t:1:42: executing \"t\" at <include \"bad\" .>: error calling include: "
                + "template: t:1:23: executing \"bad\" at <.a.b>: can't evaluate field b in type interface {}")
            #expect(e.kind == .execution)
            #expect(e.line == 1 && e.column == 42)
            #expect(e.context == "include \"bad\" .")
            let inner = e.underlying as? TemplateError
            #expect(inner?.templateName == "bad")
            #expect(inner?.message == "can't evaluate field b in type interface {}")
        } catch {
            Issue.record("wrong error type \(error)")
        }
    }
}

@Suite struct MissingKeyTests {
    let data: GoValue = .dict(["m": .dict(["a": .string("x")])])

    @Test func invalidIsGoDefault() throws {
        #expect(try render("[{{ .m.nope }}][{{ .m.nope.deeper }}]", data: data, missingKey: .invalid) == "[<no value>][<no value>]")
    }

    @Test func zeroGivesNilInterface() throws {
        #expect(try render("[{{ .m.nope }}]", data: data, missingKey: .zero) == "[<no value>]")
        #expect(errorText { try render("{{ .m.nope.deeper }}", data: data, missingKey: .zero) }
            == "template: t:1:5: executing \"t\" at <.m.nope.deeper>: nil pointer evaluating interface {}.deeper")
    }

    @Test func errorStopsExecution() {
        #expect(errorText { try render("{{ .m.nope }}", data: data, missingKey: .error) }
            == "template: t:1:5: executing \"t\" at <.m.nope>: map has no entry for key \"nope\"")
    }

    @Test func typedMapZeroValue() throws {
        let typed: GoValue = .dict(["s": .map(GoMap(["a": .string("x")], valueType: .string))])
        #expect(try render("[{{ .s.nope | printf \"%T\" }}]", data: typed, missingKey: .zero) != "[<nil>]")
        #expect(try render("[{{ .s.a }}][{{ .s.nope }}]", data: typed, missingKey: .zero) == "[x][]")
    }
}

@Suite struct ObjectTests {
    let data: GoValue = .dict(["P": .object(Probe())])

    @Test func fieldsAndMethods() throws {
        #expect(try render("{{ .P.Name }} {{ .P.Has \"yes\" }} {{ .P.Has \"no\" }} {{ \"yes\" | .P.Has }}", data: data)
            == "probe true false true")
    }

    @Test func methodErrorsAreWrapped() {
        #expect(errorText { try render("{{ .P.Fail }}", data: data) }
            == "template: t:1:5: executing \"t\" at <.P.Fail>: error calling Fail: probe failed")
    }

    @Test func methodArgumentsAreChecked() {
        #expect(errorText { try render("{{ .P.Has 1 }}", data: data) }
            == "template: t:1:10: executing \"t\" at <1>: expected string; found 1")
        #expect(errorText { try render("{{ .P.Has }}", data: data) }
            == "template: t:1:5: executing \"t\" at <.P.Has>: wrong number of args for Has: want 1 got 0")
    }

    @Test func unknownFieldAndFieldWithArguments() {
        #expect(errorText { try render("{{ .P.Nope }}", data: data) }
            == "template: t:1:5: executing \"t\" at <.P.Nope>: can't evaluate field Nope in type interface {}")
        #expect(errorText { try render("{{ .P.Name 1 }}", data: data) }
            == "template: t:1:5: executing \"t\" at <.P.Name>: Name has arguments but cannot be invoked as function")
    }

    @Test func objectsPrintAndAreTrue() throws {
        #expect(try render("{{ .P }} {{ if .P }}t{{ end }} {{ eq .P .P }}", data: data) == "&{probe} t true")
    }
}

@Suite struct FunctionNameTests {
    @Test func unknownFunctionIsAParseError() {
        #expect(errorText { try render("\n{{ nofunc }}") } == "template: t:2: function \"nofunc\" not defined")
    }

    @Test func userFunctionsOverrideBuiltins() throws {
        let f = ["len": GoFunction([.interface], result: .string) { _ in .string("mine") }]
        #expect(try render("{{ len \"abc\" }}", functions: f) == "mine")
    }

    @Test func breakIsAnIdentifierWhenAFunctionHasThatName() throws {
        let f = ["break": GoFunction([], result: .string) { _ in .string("fn") }]
        #expect(try render("{{ break }}", functions: f) == "fn")
    }

    @Test func functionResultTypesDecideBoxing() throws {
        let f = [
            "anything": GoFunction([], result: .interface) { _ in .nil },
            "words": GoFunction([], result: .slice(.string)) { _ in .strings(["a", "b"]) },
        ]
        #expect(try render("[{{ anything }}][{{ words }}][{{ index words 1 }}]", functions: f) == "[<no value>][[a b]][b]")
    }
}

@Suite struct RecursionLimitTests {
    @Test func runawayTemplateRecursionStopsWithAnError() {
        let text = "{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}"
        let message = errorText { try render(text) }
        #expect(message == "template: t:1:28: executing \"r\" at <{{template \"r\" .}}>: exceeded maximum template depth (1000)")
    }

    @Test func deepButFiniteRecursionWorks() throws {
        let text = "{{ define \"c\" }}{{ if . }}x{{ template \"c\" (slice . 1) }}{{ end }}{{ end }}{{ template \"c\" .l }}"
        let list = GoValue.list(Array(repeating: .int(1), count: 900))
        #expect(try render(text, data: .dict(["l": list])) == String(repeating: "x", count: 900))
    }
}

@Suite struct DeepNestingTests {
    @Test func tenThousandParenthesesLikeGo() throws {
        let depth = 10000
        let text = "{{ " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + " }}"
        #expect(try render(text) == "1")
        let tooDeep = "{{ " + String(repeating: "(", count: depth + 1) + "1" + String(repeating: ")", count: depth + 1) + " }}"
        #expect(errorText { try render(tooDeep) } == "template: t:1: max expression depth exceeded")
    }

    @Test func deeplyNestedBlocks() throws {
        let n = 3000
        let text = String(repeating: "{{ if true }}{{ with 1 }}", count: n) + "x" + String(repeating: "{{ end }}{{ end }}", count: n)
        #expect(try render(text) == "x")
    }
}
