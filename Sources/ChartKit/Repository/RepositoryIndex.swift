import Foundation
import GoValue
import Sprig
import YAML

/// A chart repository's `index.yaml`: every version of every chart, newest first.
public struct RepositoryIndex: Sendable {
    /// One chart version: its Chart.yaml fields plus `urls`, `created` and `digest`, kept as
    /// the map Helm writes so that fields we do not model survive a merge.
    public struct Entry: @unchecked Sendable {
        public var fields: GoMap
        public var name: String { fields["name"]?.stringValue ?? "" }
        public var version: String { fields["version"]?.stringValue ?? "" }
        public var urls: [String] {
            guard case .slice(let s)? = fields["urls"] else { return [] }
            return s.elements.compactMap(\.stringValue)
        }
        public var digest: String { fields["digest"]?.stringValue ?? "" }
    }

    public var apiVersion = "v1"
    public var generated = ""
    public var entries: [String: [Entry]] = [:]

    public init() {}

    /// Reads index.yaml as Helm's `loadIndex`: entries without a name or with a bad version are skipped.
    public init(yaml text: String, source: String = "index.yaml") throws {
        let value: GoValue
        do { value = try HelmYAML.decode(text, fileName: source) } catch {
            throw RepositoryError("error unmarshaling JSON: \(error)")
        }
        guard case .map(let top) = value else { throw RepositoryError("no API version specified") }
        apiVersion = top["apiVersion"]?.stringValue ?? ""
        if apiVersion.isEmpty { throw RepositoryError("no API version specified") }
        generated = top["generated"]?.stringValue ?? ""
        if case .map(let all)? = top["entries"] {
            for name in all.sortedKeys {
                guard case .slice(let list)? = all[name] else { continue }
                for item in list.elements {
                    guard case .map(let m) = item, let v = m["version"]?.stringValue,
                          (try? Sprig.SemanticVersion(parsing: v)) != nil else { continue }
                    if m["name"] == nil { m.entries["name"] = .string(name) }
                    entries[name, default: []].append(Entry(fields: m))
                }
            }
        }
        sortEntries()
    }

    /// Adds one packaged chart, as Helm's `IndexFile.MustAdd` (the URL joined onto `baseURL`).
    public mutating func add(_ metadata: ChartMetadata, fileName: String, baseURL: String, digest: String, created: Date) {
        let m = metadata.goMap()
        if m["apiVersion"]?.stringValue == "" { m.entries["apiVersion"] = .string("v1") }
        let url = baseURL.isEmpty ? fileName : (baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + fileName
        m.entries["urls"] = .slice(GoSlice([.string(url)]))
        m.entries["created"] = .string(GoTime.rfc3339Nano(created))
        m.entries["digest"] = .string(digest)
        entries[metadata.name, default: []].append(Entry(fields: m))
    }

    /// Whether `name` at exactly `version` is listed.
    public func has(_ name: String, version: String) -> Bool {
        entries[name]?.contains { $0.version == version } ?? false
    }

    /// Helm's `Merge`: versions of `other` not already here are added.
    public mutating func merge(_ other: RepositoryIndex) {
        for name in other.entries.keys.sorted(by: goStringLess) {
            for entry in other.entries[name]! where !has(name, version: entry.version) {
                entries[name, default: []].append(entry)
            }
        }
    }

    /// Newest version first, by SemVer precedence (Helm's `SortEntries`).
    public mutating func sortEntries() {
        for name in entries.keys {
            entries[name]!.sort { a, b in
                let va = try? Sprig.SemanticVersion(parsing: a.version)
                let vb = try? Sprig.SemanticVersion(parsing: b.version)
                guard let va, let vb else { return false }
                return va.compare(vb) > 0
            }
        }
    }

    /// The newest entry of `name` that satisfies `constraint` (every version when it is empty).
    public func best(_ name: String, constraint: String) throws -> Entry? {
        guard let list = entries[name], !list.isEmpty else {
            throw RepositoryError("no chart name found")
        }
        if constraint.isEmpty { return list.first }
        let c: SemverConstraint
        do { c = try SemverConstraint(parsing: constraint) } catch { throw RepositoryError("\(error)") }
        for entry in list {
            guard let v = try? Sprig.SemanticVersion(parsing: entry.version) else { continue }
            if c.isSatisfied(by: v) { return entry }
        }
        return nil
    }

    /// index.yaml as Helm writes it (sorted keys, through the JSON round trip).
    public func yamlText() throws -> String {
        let top = GoMap()
        top.entries["apiVersion"] = .string(apiVersion)
        top.entries["generated"] = .string(generated)
        let all = GoMap()
        for (name, list) in entries { all.entries[name] = .slice(GoSlice(list.map { .map($0.fields) })) }
        top.entries["entries"] = .map(all)
        return try HelmYAML.marshal(.map(top))
    }
}

/// A repository, index or download failure, worded as Helm words it.
public struct RepositoryError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
