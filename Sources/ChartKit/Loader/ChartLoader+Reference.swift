extension ChartLoader {
    /// Helm's `LocateChart` for a chart argument that is not a file or folder here: a path-looking
    /// name is reported missing, an http(s) URL is downloaded, anything else must be
    /// `repo/chart` of a configured repository (chart keeps none, so the repository is unknown).
    static func load(reference name: String, log: inout [String]) throws -> Chart {
        if name.hasPrefix("/") || name.hasPrefix(".") {
            throw ChartLoadError.message("path \"\(name)\" not found")
        }
        if name.hasPrefix("http://") || name.hasPrefix("https://") {
            let bytes = try RepositoryClient().get(name)
            return try load(archiveBytes: bytes, named: name, log: &log)
        }
        if name.hasPrefix("oci://") {
            throw ChartLoadError.message("cannot load \(name): OCI registries are not supported by chart; pull the archive and pass its path")
        }
        guard let slash = name.firstIndex(of: "/") else {
            throw ChartLoadError.message("non-absolute URLs should be in form of repo_name/path_to_chart, got: \(name)")
        }
        throw ChartLoadError.message("repo \(name[..<slash]) not found")
    }
}
