extension SemanticVersion {
    enum Part { case major, minor, patch }

    /// The library's `IncMajor`/`IncMinor`/`IncPatch`: a pre-release patch bump only drops the
    /// pre-release; `Original` keeps a leading `v`.
    func incremented(_ part: Part) -> SemanticVersion {
        var next = self
        next.metadata = ""
        next.prerelease = ""
        switch part {
        case .major: next.major += 1; next.minor = 0; next.patch = 0
        case .minor: next.minor += 1; next.patch = 0
        case .patch: if prerelease.isEmpty { next.patch += 1 }
        }
        next.original = vPrefix + next.description
        return next
    }

    /// The library's `SetPrerelease`/`SetMetadata`: validated, `Original` rebuilt.
    func replacing(prerelease: String? = nil, metadata: String? = nil) throws(SemverError) -> SemanticVersion {
        var next = self
        if let prerelease {
            if !prerelease.isEmpty { try Self.validatePrerelease(prerelease) }
            next.prerelease = prerelease
        }
        if let metadata {
            if !metadata.isEmpty { try Self.validateMetadata(metadata) }
            next.metadata = metadata
        }
        next.original = vPrefix + next.description
        return next
    }

    private var vPrefix: String { original.hasPrefix("v") ? "v" : "" }
}
