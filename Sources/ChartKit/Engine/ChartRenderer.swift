import GoTemplate
import GoValue

/// Renders every template of a chart and its subcharts, as Helm's engine does:
/// one shared template set, parsed once, executed file by file in Helm's order.
public struct ChartRenderer: Sendable {
    /// Helm's limit on active `include` calls of one template name.
    public static let recursionLimit = 1000
    /// The name Go knows the root template by; `tpl` text is parsed under it.
    static let rootName = "gotpl"

    public var options: RenderOptions
    /// Makes the template set; `GoTemplate.TemplateSet` in production.
    public var makeRunner: TemplateRunnerFactory
    /// Sprig plus Helm's functions; computed once per renderer.
    public var functions: [String: GoFunction]

    public init(options: RenderOptions = RenderOptions(), functions: [String: GoFunction]? = nil,
                makeRunner: @escaping TemplateRunnerFactory = ChartRenderer.templateSet) {
        self.options = options
        self.makeRunner = makeRunner
        self.functions = functions ?? HelmFunctions.functions(lintMode: options.lintMode, enableDNS: options.enableDNS)
    }

    /// The top-level values a render starts from (Helm's `ToRenderValues` without coalescing):
    /// `values` must already be the coalesced values of the chart.
    public static func renderValues(chart: Chart, values: GoMap, release: ReleaseOptions,
                                    capabilities: Capabilities) -> GoMap {
        GoMap([
            "Chart": .map(chart.metadata.goMap(isRoot: true)),
            "Capabilities": .object(capabilities),
            "Release": release.goValue,
            "Values": .map(values),
        ])
    }

    /// Renders every template; the result maps `chart/templates/x.yaml` paths to text
    /// (partials excluded, `<no value>` removed).
    public func render(chart: Chart, topValues: GoMap) throws(RenderError) -> [String: String] {
        var templates: [String: Renderable] = [:]
        _ = collect(chart, parentPath: nil, values: topValues, into: &templates)
        let work = { [self, templates] () throws -> [String: String] in try self.render(templates) }
        do { return try DeepStack.run(true, work) } catch let e as RenderError { throw e } catch {
            throw RenderError(message: "rendering template failed: \(error)")
        }
    }

    struct Renderable {
        var text: String
        var values: GoMap
        var basePath: String
    }

    /// Helm's `recAllTpls`: builds each chart's dot and gathers its templates.
    private func collect(_ chart: Chart, parentPath: String?, values: GoMap, into templates: inout [String: Renderable]) -> GoMap {
        let isRoot = parentPath == nil
        let subcharts = GoMap()
        let next = GoMap([
            "Chart": .map(chart.metadata.goMap(isRoot: isRoot)),
            "Files": .object(ChartFiles(chart.files)),
            "Release": values["Release"] ?? .nil,
            "Capabilities": values["Capabilities"] ?? .nil,
            "Values": .map(GoMap()),
            "Subcharts": .map(subcharts),
        ])
        // `.Values` is Helm's `common.Values`; the parent's `.Values.kid` stays a plain map.
        if isRoot {
            next["Values"] = (values["Values"]?.namedCollectionUnwrapped.mapValue).map { HelmValues.wrap($0) } ?? .nil
        } else if let own = values["Values"]?.namedCollectionUnwrapped.mapValue?[chart.name]?.mapValue {
            next["Values"] = HelmValues.wrap(own)
        }
        let fullPath = parentPath.map { "\($0)/charts/\(chart.name)" } ?? chart.name
        for child in chart.dependencies {
            subcharts[child.name] = .map(collect(child, parentPath: fullPath, values: next, into: &templates))
        }
        for file in chart.templates {
            if chart.isLibrary, !goBaseName(file.name).hasPrefix("_") { continue }
            templates[fullPath + "/" + file.name] = Renderable(text: file.text, values: next,
                                                             basePath: fullPath + "/templates")
        }
        return next
    }

    private func render(_ templates: [String: Renderable]) throws(RenderError) -> [String: String] {
        let set = makeRunner(options.strict ? .error : .zero)
        let counter = IncludeCounter()
        var fns = functions
        fns["include"] = ChartRenderer.include(in: set, counter: counter)
        fns["tpl"] = ChartRenderer.tpl(parent: set, counter: counter)
        set.functions = fns

        let order = ChartRenderer.executionOrder(templates.keys)
        let sources = order.map { (name: $0, text: templates[$0]!.text) }
        if let failure = set.parseInOrder(sources, workers: ChartRenderer.parseWorkers(for: sources)) {
            throw RenderError.parse(file: sources[failure.index].name, error: failure.error)
        }
        var rendered: [String: String] = [:]
        for name in order where !goBaseName(name).hasPrefix("_") {
            let r = templates[name]!
            r.values["Template"] = HelmValues.wrap(GoMap(["Name": .string(name), "BasePath": .string(r.basePath)]))
            let out: String
            do { out = try set.execute(name: name, data: HelmValues.wrap(r.values)) } catch {
                throw RenderError.execution(file: name, error: error)
            }
            rendered[name] = out.removingNoValue()
        }
        if options.keepTemplatesUntilExit { ProcessLifetime.keep(set) }
        return rendered
    }

    /// Threads for parsing: one for small charts, where starting a thread costs more than it saves.
    static func parseWorkers(for sources: [(name: String, text: String)]) -> Int {
        let bytes = sources.reduce(0) { $0 + $1.text.utf8.count }
        return bytes < 32 * 1024 ? 1 : min(DeepStack.processorCount, 4)
    }

    /// Deeper paths first, then reverse byte order: later parses win, so the
    /// shallowest, alphabetically first file's `define` takes precedence.
    static func executionOrder<S: Sequence>(_ names: S) -> [String] where S.Element == String {
        let keyed = names.map { name in (depth: name.utf8.count(where: { $0 == UInt8(ascii: "/") }), name: name) }
        return keyed.sorted { a, b in
            if a.depth != b.depth { return a.depth > b.depth }
            return goStringLess(b.name, a.name)
        }.map(\.name)
    }

    final class IncludeCounter: @unchecked Sendable {
        var active: [String: Int] = [:]
    }

    /// `include`: runs a named template into a string, counting active calls per name.
    static func include(in set: TemplateRunner, counter: IncludeCounter) -> GoFunction {
        GoFunction([.string, .interface], result: .string) { [unowned set] args in
            let name = args[0].stringValue ?? ""
            if let n = counter.active[name] {
                if n > recursionLimit {
                    throw GoCallError("rendering template has a nested reference name: \(name): unable to execute template")
                }
                counter.active[name] = n + 1
            } else {
                counter.active[name] = 1
            }
            defer { counter.active[name, default: 1] -= 1 }
            guard set.hasTemplate(name) else {
                throw MissingTemplateError(name: name, root: rootName)
            }
            // Rethrown as is: the executor wraps it as `error calling include: ...` and
            // RenderError walks into it.
            return .string(try set.execute(name: name, data: args[1]))
        }
    }

    /// `tpl`: parses and runs a string in a clone of the set, so its `define`s stay inside.
    static func tpl(parent: TemplateRunner, counter: IncludeCounter) -> GoFunction {
        GoFunction([.string, .interface], result: .interface) { [unowned parent] args in
            let text = args[0].stringValue ?? ""
            let clone = parent.cloneRunner()
            clone.functions["include"] = include(in: clone, counter: counter)
            clone.functions["tpl"] = tpl(parent: clone, counter: counter)
            do { try clone.parse(name: rootName, text: text) } catch {
                throw GoCallError("cannot parse template \(GoFmt.quote(text)): \(error)")
            }
            let out: String
            do { out = try clone.executeParsed(name: rootName, data: args[1]) } catch {
                throw TplExecutionError(text: text, underlying: error)
            }
            return .string(out.removingNoValue())
        }
    }
}


import Foundation
