import GoValue

// What Go's json.Marshal (and so toJson/toYaml) makes of `.Capabilities` and its parts:
// Go field names, except BuildInfo, whose fields carry json tags; the unexported
// normalized version is left out.

extension Capabilities: GoJSONEncodable {
    public func goJSONValue() throws -> GoValue {
        .dict([
            "KubeVersion": try kubeVersion.goJSONValue(),
            "APIVersions": apiVersions.asSlice,
            "HelmVersion": try helmVersion.goJSONValue(),
        ])
    }
}

extension KubeVersion: GoJSONEncodable {
    public func goJSONValue() throws -> GoValue {
        .dict(["Version": .string(version), "Major": .string(major), "Minor": .string(minor)])
    }
}

extension HelmBuildInfo: GoJSONEncodable {
    public func goJSONValue() throws -> GoValue {
        .dict([
            "version": .string(version), "git_commit": .string(gitCommit), "git_tree_state": .string(gitTreeState),
            "go_version": .string(goVersion), "kube_client_version": .string(kubeClientVersion),
        ])
    }
}

extension VersionSet: GoJSONEncodable {
    public func goJSONValue() throws -> GoValue { asSlice }
}
