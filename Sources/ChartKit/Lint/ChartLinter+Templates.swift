import Foundation
import GoValue
import YAML

extension ChartLinter.Run {
    /// Helm's template rules: the chart loads, its values pass the schemas, every template
    /// renders in lint mode, and every rendered YAML file parses and names its objects well.
    mutating func templates() {
        let folder = "templates/"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir + "/templates", isDirectory: &isDirectory) else {
            rule(.warning, folder, "directory does not exist")
            return
        }
        guard isDirectory.boolValue else {
            rule(.error, folder, "not a directory")
            return
        }
        var chart: Chart
        do { chart = try loadChart() } catch {
            rule(.error, folder, error.description)
            return
        }
        let prepared: Coalescer.Result
        // Helm logs what building the values warns about (import-values tables, dropped keys) as it goes.
        var warnings: [ValuesWarning] = []
        do {
            let values = try Coalescer.process(chart: &chart, userValues: ValueMerge.deepCopy(linter.values),
                                               validateSchema: !linter.skipSchemaValidation, warnings: &warnings)
            prepared = Coalescer.Result(values: values, warnings: warnings)
            for warning in warnings { log += "\(warning)\n" }
        } catch let error as ValuesError {
            for warning in warnings { log += "\(warning)\n" }
            if case .schema = error { rule(.error, folder, error.description) }
            return
        } catch {
            for warning in warnings { log += "\(warning)\n" }
            return
        }
        let capabilities = Capabilities.helmTemplateDefaults(kubeVersion: linter.capabilitiesKubeVersion)
        let release = ReleaseOptions(name: "test-release", namespace: linter.namespace)
        let top = ChartRenderer.renderValues(chart: chart, values: prepared.values, release: release, capabilities: capabilities)
        let logBox = LintLog()
        var functions = HelmFunctions.functions(lintMode: true)
        functions["required"] = GoFunction([.string, .interface], result: .interface) { args in
            let value = args[1]
            // Helm words the two cases differently: nil is a "value", an empty string "values".
            var warning: String?
            if case .nil = value { warning = "missing required value" }
            if case .string(let s) = value, s.isEmpty { warning = "missing required values" }
            if let warning { logBox.text += "level=WARN msg=\"\(warning)\" message=\(LintLog.value(args[0].stringValue ?? ""))\n" }
            return warning != nil ? .string("") : value
        }
        functions["fail"] = GoFunction([.string], result: .string) { args in
            logBox.text += "level=INFO msg=\"funcMap fail\" message=\(LintLog.value(args[0].stringValue ?? ""))\n"
            return .string("")
        }
        let rendered: [String: String]
        do {
            rendered = try ChartRenderer(options: RenderOptions(strict: false, lintMode: true), functions: functions)
                .render(chart: chart, topValues: top)
        } catch {
            log += logBox.text
            rule(.error, folder, "\(error)")
            return
        }
        log += logBox.text
        for template in chart.templates {
            let name = template.name
            let ext = Self.extensionOf(name)
            rule(.error, name, [".yaml", ".yml", ".tpl", ".txt"].contains(ext) ? nil
                 : "file extension '\(ext)' not valid. Valid extensions are .yaml, .yml, .tpl, or .txt")
            guard [".yaml", ".yml"].contains(ext.lowercased()) else { continue }
            let content = rendered[chart.name + "/" + name] ?? ""
            guard !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            rule(.warning, name, Self.topIndentProblem(content))
            let (objects, failure) = Self.stubObjects(content)
            for object in objects {
                let kind = object["kind"]?.stringValue ?? ""
                let apiVersion = object["apiVersion"]?.stringValue ?? ""
                let objectName = object["metadata"]?.mapValue?["name"]?.stringValue ?? ""
                let problems = KubernetesNames.problems(name: objectName, kind: kind)
                if !problems.isEmpty {
                    let listed = problems.map { "metadata.name: Invalid value: \(goQuote(objectName)): \($0)" }
                    let aggregate = listed.count == 1 ? listed[0] : "[" + listed.joined(separator: ", ") + "]"
                    rule(.warning, name, "object name does not conform to Kubernetes naming requirements: \(goQuote(objectName)): \(aggregate)")
                }
                if !apiVersion.isEmpty, !kind.isEmpty {
                    rule(.warning, name, DeprecatedAPIs.warning(apiVersion: apiVersion, kind: kind, kube: linter.kubeVersion))
                }
                if ["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet"].contains(kind),
                   !content.contains("matchLabels"), !content.contains("matchExpressions") {
                    rule(.error, name, "a \(kind) must contain matchLabels or matchExpressions, and \(goQuote(objectName)) does not")
                }
                if kind == "List", case .slice(let items)? = object["items"] {
                    let policy = items.elements.contains { $0.mapValue?["metadata"]?.mapValue?["annotations"]?.mapValue?["helm.sh/resource-policy"] != nil }
                    rule(.error, name, policy ? "annotation 'helm.sh/resource-policy' within List objects are ignored" : nil)
                }
            }
            if let failure {
                // Helm stops linting templates at the first one that does not parse.
                rule(.error, name, failure)
                return
            }
        }
    }

    /// `filepath.Ext`: from the last dot of the base name.
    static func extensionOf(_ path: String) -> String {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = base.lastIndex(of: ".") else { return "" }
        return String(base[dot...])
    }

    static func topIndentProblem(_ content: String) -> String? {
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.hasSuffix("\r") ? line.dropLast() : line
            if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if text.hasPrefix(" ") || text.hasPrefix("\t") {
                return "document starts with an illegal indent: \(goQuote(String(text))), which may cause parsing problems"
            }
            return nil
        }
        return nil
    }
}

/// Log lines written by `required` and `fail` while a lint render runs (Helm's slog text handler).
final class LintLog: @unchecked Sendable {
    var text = ""

    /// slog's value quoting: bare when safe, Go-quoted when it has spaces, quotes, `=` or controls.
    static func value(_ s: String) -> String {
        let needsQuote = s.isEmpty || s.unicodeScalars.contains { c in
            c == " " || c == "=" || c == "\"" || c == "\\" || c.value < 0x20 || c.value == 0x7F
        }
        return needsQuote ? goQuote(s) : s
    }
}
