/// Chart.yaml: Helm's `chart.Metadata`, field for field.
public struct ChartMetadata: Sendable, Equatable {
    public var apiVersion: String = ""
    public var name: String = ""
    public var version: String = ""
    public var kubeVersion: String = ""
    public var description: String = ""
    public var type: String = ""
    public var keywords: [String] = []
    public var home: String = ""
    public var sources: [String] = []
    public var dependencies: [ChartDependency] = []
    public var maintainers: [ChartMaintainer] = []
    public var icon: String = ""
    public var appVersion: String = ""
    public var deprecated: Bool = false
    public var annotations: [String: String] = [:]
    /// v1 charts only.
    public var condition: String = ""
    /// v1 charts only.
    public var tags: String = ""

    public init() {}
}

/// One maintainer in Chart.yaml.
public struct ChartMaintainer: Sendable, Equatable {
    public var name: String = ""
    public var email: String = ""
    public var url: String = ""
    public init(name: String = "", email: String = "", url: String = "") {
        self.name = name; self.email = email; self.url = url
    }
}

/// One entry of `dependencies:` in Chart.yaml (or requirements.yaml).
public struct ChartDependency: Sendable, Equatable {
    public var name: String = ""
    public var version: String = ""
    public var repository: String = ""
    public var condition: String = ""
    public var tags: [String] = []
    /// Set while values are processed: whether conditions and tags keep this subchart.
    public var enabled: Bool = false
    /// `import-values`, as written: strings or `{child:, parent:}` maps.
    public var importValues: [ImportValue] = []
    public var alias: String = ""

    public init() {}
}

/// One `import-values` entry: a bare export name, or a child/parent pair.
public enum ImportValue: Sendable, Equatable {
    case exported(String)
    case mapping(child: String, parent: String)
}

/// Chart.lock.
public struct ChartLock: Sendable, Equatable {
    public var generated: String = ""
    public var digest: String = ""
    public var dependencies: [ChartDependency] = []
    public init() {}
}
