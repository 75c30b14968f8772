import Foundation
import GoValue
import YAML

extension PostRenderer {
    /// kyaml's annotation that carries each document's template path through the plugin.
    static let filenameAnnotation = "postrenderer.helm.sh/postrender-filename"

    /// Helm v4's post-render step on the rendered files (NOTES already removed): every
    /// document, annotated with its file name, goes to the plugin as one stream (files in byte
    /// order); what comes back is split into files by that annotation again. Documents are
    /// rewritten the way kyaml writes them (two-space indent, styles kept, comments lost here).
    /// With `debug`, Helm's DEBUG lines about the plugin command are added to `log`.
    public func run(files: [String: String], debug: Bool = false, log: inout String) throws(Failure) -> [String: String] {
        guard case .plugin(let name, let directory, let command) = mode else { return files }
        var documents: [StyledNode] = []
        for fname in files.keys.sorted(by: goStringLess) {
            let content = files[fname]!
            if goBaseName(fname).hasPrefix("_") || content.trimmingGoSpace().isEmpty { continue }
            let parsed: [StyledNode]
            do { parsed = try PostRenderer.readResources(PostRenderer.fixDocumentSeparators(content)) } catch let f as Failure {
                throw Failure(description: "error merging manifests: parsing \(fname): \(f.description)")
            } catch {
                throw Failure(description: "error merging manifests: parsing \(fname): MalformedYAMLError: \(error)")
            }
            for doc in parsed {
                PostRenderer.annotate(doc, fname)
                documents.append(doc)
            }
        }
        let merged: String
        do { merged = documents.isEmpty ? "" : try StyledYAML.emit(documents) } catch {
            throw Failure(description: "error merging manifests: writing merged docs: \(error)")
        }
        if debug {
            let line = (command + args).joined(separator: " ")
            log += "level=DEBUG msg=\"executing plugin command\" pluginName=\(ChartLoader.logValue(name)) command=\(ChartLoader.logValue(line))\n"
        }
        let run: Run
        do {
            run = try execute(command, input: merged, extraEnvironment: ["HELM_PLUGIN_NAME": name, "HELM_PLUGIN_DIR": directory])
        } catch {
            throw Failure(description: "error while running post render on files: failed to invoke post-renderer plugin \(GoFmt.quote(name)): \(error.description)")
        }
        if run.status != 0 {
            if debug {
                log += "level=DEBUG msg=\"plugin execution failed\" pluginName=\(ChartLoader.logValue(name)) error=\"exit status \(run.status)\" exitCode=\(run.status) stderr=\"\"\n"
            }
            throw Failure(description: "error while running post render on files: failed to invoke post-renderer plugin \(GoFmt.quote(name)): plugin \(GoFmt.quote(name)) exited with error")
        }
        let output = run.stdout
        if output.trimmingGoSpace().isEmpty {
            throw Failure(description: "error while running post render on files: post-renderer \(GoFmt.quote(name)) produced empty output")
        }
        let returned: [StyledNode]
        do { returned = try PostRenderer.readResources(output) } catch let f as Failure {
            throw Failure(description: "error while parsing post rendered output: error parsing YAML: \(f.description)")
        } catch {
            throw Failure(description: "error while parsing post rendered output: error parsing YAML: MalformedYAMLError: \(error)")
        }
        var byFile: [String: [StyledNode]] = [:]
        for (i, doc) in returned.enumerated() {
            let annotations = doc.value(forKey: "metadata")?.value(forKey: "annotations")
            var fname = annotations?.value(forKey: PostRenderer.filenameAnnotation)?.value ?? ""
            if fname.isEmpty { fname = "generated-by-postrender-\(i).yaml" }
            annotations?.remove(PostRenderer.filenameAnnotation)
            PostRenderer.clearEmptyMetadata(doc)
            byFile[fname, default: []].append(doc)
        }
        var result: [String: String] = [:]
        for (fname, docs) in byFile {
            do { result[fname] = try StyledYAML.emit(docs) } catch {
                throw Failure(description: "error while parsing post rendered output: re-writing \(fname): \(error)")
            }
        }
        return result
    }

    /// kio's reader: non-empty documents; a file holding one `List` (or `ResourceList`) with
    /// `items` gives its items instead.
    static func readResources(_ text: String) throws -> [StyledNode] {
        // kio cuts the text at every "\n---...\n" line itself and parses the pieces one by one
        // (so error lines count from a piece's start); text after `---` must be a comment.
        let chunks = try splitDocuments(text.replacingOccurrences(of: "\r\n", with: "\n"))
        var docs: [StyledNode] = []
        for (i, chunk) in chunks.enumerated() {
            docs += try StyledYAML.parse(i == chunks.count - 1 ? chunk : chunk + "\n").filter { !$0.isNull }
        }
        for doc in docs where doc.kind != .mapping {
            // kyaml needs a mapping to read metadata from.
            let kind = doc.kind == .sequence ? "SequenceNode" : doc.kind == .alias ? "AliasNode" : "ScalarNode"
            let contents = (try? StyledYAML.emit([doc])) ?? ""
            throw Failure(description: "wrong node kind: expected MappingNode but got \(kind): node contents:\n\(contents)")
        }
        if chunks.count == 1, docs.count == 1, let kind = docs[0].value(forKey: "kind")?.value, kind == "List" || kind == "ResourceList",
           let items = docs[0].value(forKey: "items"), items.kind == .sequence {
            return items.children
        }
        return docs
    }

    /// kio's document split: at each line starting with `---` (not the first line).
    static func splitDocuments(_ s: String) throws -> [String] {
        guard !s.isEmpty else { return [] }
        var docs: [String] = []
        let bytes = Array(s.utf8)
        var prev = 0
        var i = 0
        while i + 4 <= bytes.count {
            // A separator: "\n---", the rest of that line, and its newline.
            guard bytes[i] == 0x0A, bytes[i + 1] == 0x2D, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D else { i += 1; continue }
            var end = i + 4
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            guard end < bytes.count else { break }
            let rest = String(decoding: bytes[(i + 4)..<end], as: UTF8.self)
            let trimmed = rest.trimmingCharacters(in: .whitespaces)
            if let c = trimmed.first, c != "#" {
                throw Failure(description: "invalid document separator: \(String(decoding: bytes[(i + 1)..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))")
            }
            docs.append(String(decoding: bytes[prev..<i], as: UTF8.self))
            prev = end + 1
            i = end + 1
        }
        docs.append(String(decoding: bytes[prev...], as: UTF8.self))
        return docs
    }

    /// Helm's repair of `---` glued to the next line by `{{-` trimming (`---apiVersion: v1`):
    /// a newline goes after every `---` that starts a line (as Helm scans) and is followed by text.
    static func fixDocumentSeparators(_ content: String) -> String {
        let bytes = Array(content.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var start = 0
        let dash = UInt8(ascii: "-")
        while true {
            var idx = -1
            var j = start
            while j + 2 < bytes.count {
                if bytes[j] == dash && bytes[j + 1] == dash && bytes[j + 2] == dash { idx = j; break }
                j += 1
            }
            if idx < 0 {
                out += bytes[start...]
                break
            }
            out += bytes[start..<(idx + 3)]
            let atLineStart = idx == start || bytes[idx - 1] == UInt8(ascii: "\n")
            start = idx + 3
            if atLineStart, start < bytes.count,
               ![UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains(bytes[start]) {
                out.append(UInt8(ascii: "\n"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// kyaml's SetAnnotation: `metadata.annotations` made when missing, the value single-quoted.
    static func annotate(_ doc: StyledNode, _ fname: String) {
        // A missing or null field is made a mapping in place.
        func mapping(_ parent: StyledNode, _ key: String) -> StyledNode {
            if let existing = parent.value(forKey: key), !existing.isNull { return existing }
            let m = StyledNode.mapping()
            parent.set(key, m)
            return m
        }
        guard doc.kind == .mapping else { return }
        let metadata = mapping(doc, "metadata")
        guard metadata.kind == .mapping else { return }
        let annotations = mapping(metadata, "annotations")
        guard annotations.kind == .mapping else { return }
        annotations.set(filenameAnnotation, .scalar(fname, .singleQuoted))
    }

    /// kio's writer drops an empty (or null) `annotations`, then an empty `metadata`.
    static func clearEmptyMetadata(_ doc: StyledNode) {
        func isEmpty(_ n: StyledNode) -> Bool { n.isNull || (n.kind == .mapping && n.children.isEmpty) }
        guard let metadata = doc.value(forKey: "metadata") else { return }
        if metadata.kind == .mapping, let a = metadata.value(forKey: "annotations"), isEmpty(a) {
            metadata.remove("annotations")
        }
        if isEmpty(metadata) { doc.remove("metadata") }
    }

    /// Helm v3's post-render step: the printed manifest (CRDs and resources, no hooks) through
    /// the executable; its output replaces the manifest as is.
    public func runV3(manifest: String) throws(Failure) -> String {
        guard case .executable(let path) = mode else { return manifest }
        let run: Run
        do { run = try execute([path], input: manifest, extraEnvironment: [:]) } catch {
            throw Failure(description: "error while running post render on files: \(error.description)")
        }
        if run.status != 0 {
            throw Failure(description: "error while running post render on files: error while running command \(path). error output:\n\(run.stderr): exit status \(run.status)")
        }
        // v3 took even empty output as the manifest.
        return run.stdout
    }
}
