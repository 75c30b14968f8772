import Foundation
import GoValue
import YAML

/// `--post-renderer`: Helm v4 runs a plugin of type `postrenderer/v1` found by name under
/// `$HELM_PLUGINS`. When no such plugin exists but the value names an executable (a path,
/// or a program on `PATH`), v4 would only fail; we then run it as Helm v3 did, so v3
/// command lines keep working.
public struct PostRenderer: Sendable {
    public enum Mode: Sendable {
        /// A v4 plugin: its directory and its resolved command line.
        case plugin(name: String, directory: String, command: [String])
        /// Helm v3: an executable fed the whole printed manifest.
        case executable(path: String)
    }

    public var mode: Mode
    /// `--post-renderer-args`, in flag order.
    public var args: [String]

    /// Why a post-renderer could not be set up or run; `description` is Helm's text.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Resolves `--post-renderer NAME` as Helm v4 does at flag parsing, with the v3 fallback.
    public static func resolve(_ name: String, args: [String],
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) -> PostRenderer {
        if let plugin = findPlugin(name, environment: environment) {
            return PostRenderer(mode: plugin, args: args)
        }
        if let path = executablePath(name, environment: environment) {
            return PostRenderer(mode: .executable(path: path), args: args)
        }
        throw Failure(description: "plugin: {Name:\(name) Type:postrenderer/v1} not found")
    }

    /// Helm's plugin directories: `$HELM_PLUGINS` (a path list), else `$HELM_DATA_HOME/plugins`,
    /// else `$XDG_DATA_HOME/helm/plugins`, else `~/.local/share/helm/plugins`.
    public static func pluginDirectories(_ env: [String: String]) -> [String] {
        if let list = env["HELM_PLUGINS"], !list.isEmpty {
            return list.split(separator: ":", omittingEmptySubsequences: true).map(String.init)
        }
        if let data = env["HELM_DATA_HOME"], !data.isEmpty { return [data + "/plugins"] }
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return [xdg + "/helm/plugins"] }
        let home = env["HOME"] ?? NSHomeDirectory()
        return [home + "/.local/share/helm/plugins"]
    }

    /// The first `DIR/*/plugin.yaml` (directories in order, entries in byte order) declaring
    /// `apiVersion: v1`, this name and type `postrenderer/v1`. Unreadable plugins are skipped,
    /// as Helm skips them with a warning.
    static func findPlugin(_ name: String, environment env: [String: String]) -> Mode? {
        let fm = FileManager.default
        for base in pluginDirectories(env) {
            guard let entries = try? fm.contentsOfDirectory(atPath: base) else { continue }
            for entry in entries.sorted(by: goStringLess) {
                let dir = base + "/" + entry
                guard let data = fm.contents(atPath: dir + "/plugin.yaml"),
                      let meta = HelmYAML.fromYAML(String(decoding: data, as: UTF8.self)).mapValue,
                      meta["Error"] == nil else { continue }
                guard meta["apiVersion"]?.stringValue == "v1", meta["name"]?.stringValue == name,
                      meta["type"]?.stringValue == "postrenderer/v1",
                      meta["runtime"]?.stringValue == "subprocess", isLoadable(meta) else { continue }
                let commands = meta["runtimeConfig"]?.mapValue?["platformCommand"]?.sliceValue?.elements ?? []
                var env = env
                env["HELM_PLUGIN_NAME"] = name
                env["HELM_PLUGIN_DIR"] = dir
                guard let command = platformCommand(commands.compactMap(\.mapValue), env: env) else { continue }
                return .plugin(name: name, directory: dir, command: command)
            }
        }
        return nil
    }

    /// The checks that make Helm skip a v1 plugin.yaml (with a warning we do not print):
    /// unknown top-level fields, a bad name, a version that is not strict SemVer.
    static func isLoadable(_ meta: GoMap) -> Bool {
        let known: Set<String> = ["apiVersion", "name", "type", "runtime", "version", "sourceURL", "config", "runtimeConfig"]
        guard meta.entries.keys.allSatisfy(known.contains) else { return false }
        guard let name = meta["name"]?.stringValue, !name.isEmpty,
              name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") })
        else { return false }
        guard let version = meta["version"]?.stringValue, isStrictSemver(version) else { return false }
        return true
    }

    /// Masterminds' StrictNewVersion: MAJOR.MINOR.PATCH, optional -pre and +build, no `v`, no leading zeros.
    static func isStrictSemver(_ v: String) -> Bool {
        var core = Substring(v)
        var build: Substring?
        if let plus = core.firstIndex(of: "+") { build = core[core.index(after: plus)...]; core = core[..<plus] }
        var pre: Substring?
        if let dash = core.firstIndex(of: "-") { pre = core[core.index(after: dash)...]; core = core[..<dash] }
        let numbers = core.split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 3, numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) && ($0 == "0" || $0.first != "0") })
        else { return false }
        func identifiers(_ s: Substring?) -> Bool {
            guard let s else { return true }
            return s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { id in
                !id.isEmpty && id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
            }
        }
        return identifiers(pre) && identifiers(build)
    }

    /// Helm's choice among `platformCommand` entries: exact os+arch, then os, then neither;
    /// the command split on spaces and every part `$VAR`-expanded.
    static func platformCommand(_ entries: [GoMap], env: [String: String]) -> [String]? {
        #if arch(arm64)
        let arch = "arm64"
        #else
        let arch = "amd64"
        #endif
        let os = "linux"
        var chosen: GoMap?
        var foundOS = false
        for e in entries {
            let eOS = (e["os"]?.stringValue ?? "").lowercased()
            let eArch = (e["arch"]?.stringValue ?? "").lowercased()
            if eOS == os && eArch == arch { chosen = e; break }
            if (!eOS.isEmpty && eOS != os) || !eArch.isEmpty { continue }
            if !foundOS && eOS == os {
                chosen = e
                foundOS = true
            } else if chosen == nil {
                chosen = e
            }
        }
        guard let chosen, let command = chosen["command"]?.stringValue else { return nil }
        let parts = command.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return nil }
        let args = (chosen["args"]?.sliceValue?.elements ?? []).compactMap(\.stringValue)
        return (parts + args).map { expand($0, env) }
    }

    /// Go's `os.Expand`: `$NAME` and `${NAME}`; unknown names become empty.
    static func expand(_ s: String, _ env: [String: String]) -> String {
        var out = ""
        var chars = Substring(s)
        while let dollar = chars.firstIndex(of: "$") {
            out += chars[..<dollar]
            var rest = chars[chars.index(after: dollar)...]
            if rest.first == "{", let close = rest.firstIndex(of: "}") {
                out += env[String(rest[rest.index(after: rest.startIndex)..<close])] ?? ""
                rest = rest[rest.index(after: close)...]
            } else {
                let name = rest.prefix { $0 == "_" || $0.isASCII && ($0.isLetter || $0.isNumber) }
                if name.isEmpty { out += "$" } else { out += env[String(name)] ?? "" }
                rest = rest.dropFirst(name.count)
            }
            chars = rest
        }
        return out + chars
    }

    /// Helm v3's lookup: a path to an executable file, or a program on `PATH`.
    static func executablePath(_ name: String, environment env: [String: String]) -> String? {
        let fm = FileManager.default
        if name.contains("/") { return fm.isExecutableFile(atPath: name) ? name : nil }
        for dir in (env["PATH"] ?? "").split(separator: ":") {
            let candidate = dir + "/" + name
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// What a run of the command left: exit status and both output streams.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the command with `input` on stdin, the streams collected in files so a large
    /// manifest never blocks on a full pipe. A program that exits without reading its
    /// input must not kill us with SIGPIPE, so that signal is ignored.
    func execute(_ command: [String], input: String, extraEnvironment: [String: String]) throws(Failure) -> Run {
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + args
        var env = ProcessInfo.processInfo.environment
        for (k, v) in extraEnvironment { env[k] = v }
        process.environment = env
        let inPipe = Pipe()
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("chart-post-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: base + ".out", contents: nil)
        FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        do {
            let out = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
            let err = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
            defer {
                try? out.close()
                try? err.close()
            }
            process.standardInput = inPipe
            process.standardOutput = out
            process.standardError = err
            try process.run()
        } catch {
            throw Failure(description: "fork/exec \(command[0]): no such file or directory")
        }
        let done = DispatchSemaphore(value: 0)
        let writer = Thread { [data = Data(input.utf8)] in
            try? inPipe.fileHandleForWriting.write(contentsOf: data)
            try? inPipe.fileHandleForWriting.close()
            done.signal()
        }
        writer.start()
        process.waitUntilExit()
        done.wait()
        func read(_ path: String) -> String {
            String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }
        return Run(status: process.terminationStatus, stdout: read(base + ".out"), stderr: read(base + ".err"))
    }
}
