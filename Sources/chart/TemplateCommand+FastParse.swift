import ArgumentParser

/// A hand parser for the usual shapes of a `chart template` command line.
///
/// The argument parser builds a command's argument set by reflection, with a protocol-conformance
/// lookup per property: about 1.5 ms per run, a fifth of rendering a small chart. Rendering is the
/// hot command, so its plain command lines are read here. Anything less plain (help, `--`, an
/// unknown or repeated single-value flag, a value that starts with a dash, `-xVALUE` forms) returns
/// nil and goes through the argument parser, which keeps the last word on syntax and errors.
/// TemplateCommandParseTests check that both parsers agree on every golden command line.
extension TemplateCommand {
    /// Key paths are immutable values; Swift just does not mark them Sendable yet.
    private enum Slot: @unchecked Sendable {
        case list(WritableKeyPath<FastFields, [String]>)
        case single(WritableKeyPath<FastFields, String?>)
        case flag(WritableKeyPath<FastFields, Bool>)
    }

    /// The parsed values, before they are moved into the command's property wrappers.
    struct FastFields: Equatable {
        var arguments: [String] = []
        var valueFiles: [String] = [], set: [String] = [], setString: [String] = [], setJSON: [String] = []
        var setFile: [String] = [], setLiteral: [String] = []
        var showOnly: [String] = [], apiVersions: [String] = [], postRenderer: [String] = [], postRendererArgs: [String] = []
        var outputDir: String?, nameTemplate: String?, namespace: String?, kubeVersion: String?
        var useReleaseName = false, generateName = false, includeCRDs = false, skipTests = false, noHooks = false
        var isUpgrade = false, skipSchemaValidation = false, dryRun = false, debug = false, dependencyUpdate = false
    }

    private static let slots: [String: Slot] = [
        "-f": .list(\.valueFiles), "--values": .list(\.valueFiles),
        "--set": .list(\.set), "--set-string": .list(\.setString), "--set-json": .list(\.setJSON),
        "--set-file": .list(\.setFile), "--set-literal": .list(\.setLiteral),
        "-s": .list(\.showOnly), "--show-only": .list(\.showOnly),
        "-a": .list(\.apiVersions), "--api-versions": .list(\.apiVersions),
        "--post-renderer": .list(\.postRenderer), "--post-renderer-args": .list(\.postRendererArgs),
        "--output-dir": .single(\.outputDir), "--name-template": .single(\.nameTemplate),
        "-n": .single(\.namespace), "--namespace": .single(\.namespace), "--kube-version": .single(\.kubeVersion),
        "--release-name": .flag(\.useReleaseName), "-g": .flag(\.generateName), "--generate-name": .flag(\.generateName),
        "--include-crds": .flag(\.includeCRDs), "--skip-tests": .flag(\.skipTests), "--no-hooks": .flag(\.noHooks),
        "--is-upgrade": .flag(\.isUpgrade), "--skip-schema-validation": .flag(\.skipSchemaValidation),
        "--dry-run": .flag(\.dryRun), "--debug": .flag(\.debug), "--dependency-update": .flag(\.dependencyUpdate),
    ]

    /// The fields of a plain command line (the words after `template`), or nil.
    static func fastFields(_ words: [String]) -> FastFields? {
        var fields = FastFields()
        var seen: Set<String> = []
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("-") else {
                fields.arguments.append(word)
                continue
            }
            var name = word
            var attached: String?
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                attached = String(word[word.index(after: equals)...])
            }
            guard let slot = slots[name] else { return nil }
            func value() -> String? {
                if let attached { return attached }
                guard index < words.count, !words[index].hasPrefix("-") else { return nil }
                index += 1
                return words[index - 1]
            }
            switch slot {
            case .list(let path):
                guard let v = value() else { return nil }
                fields[keyPath: path].append(v)
            case .single(let path):
                guard seen.insert(name).inserted, fields[keyPath: path] == nil, let v = value() else { return nil }
                fields[keyPath: path] = v
            case .flag(let path):
                guard attached == nil, !fields[keyPath: path] else { return nil }
                fields[keyPath: path] = true
            }
        }
        return fields
    }

    /// The fields of a command the argument parser made, for comparing the two parsers.
    var fastFields: FastFields {
        FastFields(arguments: arguments, valueFiles: values.valueFiles, set: values.set, setString: values.setString,
                   setJSON: values.setJSON, setFile: values.setFile, setLiteral: values.setLiteral, showOnly: showOnly,
                   apiVersions: apiVersions, postRenderer: postRenderer, postRendererArgs: postRendererArgs,
                   outputDir: outputDir, nameTemplate: nameTemplate, namespace: namespace == "default" ? nil : namespace,
                   kubeVersion: kubeVersion, useReleaseName: useReleaseName, generateName: generateName,
                   includeCRDs: includeCRDs, skipTests: skipTests, noHooks: noHooks, isUpgrade: isUpgrade,
                   skipSchemaValidation: skipSchemaValidation, dryRun: dryRun, debug: debug,
                   dependencyUpdate: dependencyUpdate)
    }

    /// A command for a plain command line, or nil when the argument parser must read it.
    static func fastParse(_ words: [String]) -> TemplateCommand? {
        guard let f = fastFields(words) else { return nil }
        var values = ValuesFlags()
        values.valueFiles = f.valueFiles
        values.set = f.set
        values.setString = f.setString
        values.setJSON = f.setJSON
        values.setFile = f.setFile
        values.setLiteral = f.setLiteral
        var command = TemplateCommand()
        command.arguments = f.arguments
        command.values = values
        command.installOnly = .defaults
        command.showOnly = f.showOnly
        command.outputDir = f.outputDir
        command.useReleaseName = f.useReleaseName
        command.nameTemplate = f.nameTemplate
        command.generateName = f.generateName
        command.namespace = f.namespace ?? "default"
        command.kubeVersion = f.kubeVersion
        command.apiVersions = f.apiVersions
        command.includeCRDs = f.includeCRDs
        command.skipTests = f.skipTests
        command.noHooks = f.noHooks
        command.isUpgrade = f.isUpgrade
        command.skipSchemaValidation = f.skipSchemaValidation
        command.dryRun = f.dryRun
        command.debug = f.debug
        command.dependencyUpdate = f.dependencyUpdate
        command.postRenderer = f.postRenderer
        command.postRendererArgs = f.postRendererArgs
        return command
    }
}
