import ChartKit
import Foundation

/// A cheap read of a stored revision for listings: only the fields `list` prints
/// (name, namespace, revision, info, chart metadata), through Foundation's JSON parser
/// rather than the Go-faithful one, which `list -A` over thousands of releases cannot afford.
extension Release {
    /// Decodes the listing fields; the chart keeps only its metadata.
    public init(summaryJSON data: Data) throws {
        guard let top = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw DecodeError(description: "a release must be a JSON object")
        }
        func string(_ m: [String: Any]?, _ k: String) -> String { m?[k] as? String ?? "" }
        let info = top["info"] as? [String: Any]
        var parsedInfo = ReleaseInfo()
        for (key, path) in [("first_deployed", \ReleaseInfo.firstDeployed), ("last_deployed", \.lastDeployed), ("deleted", \.deleted)] {
            let s = string(info, key)
            if !s.isEmpty {
                guard let t = ReleaseTime(rfc3339: s) else { throw DecodeError(description: "info.\(key): expected an RFC 3339 time") }
                parsedInfo[keyPath: path] = t
            }
        }
        parsedInfo.description = string(info, "description")
        let status = string(info, "status")
        guard let parsed = status.isEmpty ? .unknown : ReleaseStatus(rawValue: status) else {
            throw DecodeError(description: "info.status: unknown status \"\(status)\"")
        }
        parsedInfo.status = parsed
        let meta = (top["chart"] as? [String: Any])?["metadata"] as? [String: Any]
        var metadata = ChartMetadata()
        metadata.name = string(meta, "name")
        metadata.version = string(meta, "version")
        metadata.appVersion = string(meta, "appVersion")
        guard let version = (top["version"] as? NSNumber)?.intValue else { throw DecodeError(description: "version: expected an integer") }
        self.init(name: string(top, "name"), namespace: string(top, "namespace"), version: version, info: parsedInfo,
                  chart: Chart(metadata: metadata))
    }
}
