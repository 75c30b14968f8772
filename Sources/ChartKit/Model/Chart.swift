import Foundation
import GoValue

/// A loaded chart: plain data, no I/O. Subcharts are charts of their own in `dependencies`.
public struct Chart: Sendable {
    /// Chart.yaml, decoded.
    public var metadata: ChartMetadata
    /// Chart.lock (or requirements.lock for v1 charts), if present.
    public var lock: ChartLock?
    /// Files under `templates/`, paths relative to the chart root (`templates/deployment.yaml`).
    public var templates: [ChartFile]
    /// The chart's default values (values.yaml), decoded as Helm decodes it.
    public var values: GoMap
    /// values.schema.json, raw, if present.
    public var schema: [UInt8]?
    /// Every other file (not Chart.yaml, values.yaml, templates/, charts/): `.Files` reads these.
    public var files: [ChartFile]
    /// Every file as it was read, before sorting into the fields above (Helm's `Raw`).
    public var raw: [ChartFile]
    /// Subcharts from `charts/`, in Helm's load order.
    public var dependencies: [Chart]

    public init(metadata: ChartMetadata, lock: ChartLock? = nil, templates: [ChartFile] = [], values: GoMap = GoMap(),
                schema: [UInt8]? = nil, files: [ChartFile] = [], raw: [ChartFile] = [], dependencies: [Chart] = []) {
        self.metadata = metadata
        self.lock = lock
        self.templates = templates
        self.values = values
        self.schema = schema
        self.files = files
        self.raw = raw
        self.dependencies = dependencies
    }

    public var name: String { metadata.name }
    /// Helm's `IsRoot`-independent check for `type: library`.
    public var isLibrary: Bool { metadata.type == "library" }
    /// CRD files: everything under `crds/` (Helm's `CRDObjects`).
    public var crdFiles: [ChartFile] { files.filter { $0.name.hasPrefix("crds/") } }
}

/// One file of a chart, by its slash-separated path inside the chart.
public struct ChartFile: Sendable, Hashable {
    public var name: String
    public var data: [UInt8]
    /// Modification time as recorded (Helm v4 keeps it for `.Files`/packaging); nil when unknown.
    public var modified: Date?

    public init(name: String, data: [UInt8], modified: Date? = nil) {
        self.name = name
        self.data = data
        self.modified = modified
    }

    /// The contents as text (invalid UTF-8 repaired, as Go's string conversion never fails).
    public var text: String { String(decoding: data, as: UTF8.self) }
}
