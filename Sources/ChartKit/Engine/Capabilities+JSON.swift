import GoValue

// What Go's json.Marshal (and so toJson/toYaml) makes of `.Capabilities` and its parts:
// Go field names, except BuildInfo, whose fields carry json tags; the unexported
// normalized version is left out.

extension Capabilities: GoJSONOrderedEncodable {
    public func goJSONFields() throws -> [(name: String, value: GoValue)] {
        [("KubeVersion", .object(kubeVersion)), ("APIVersions", apiVersions.asSlice), ("HelmVersion", .object(helmVersion))]
    }
    public func goJSONValue() throws -> GoValue { .dict(Dictionary(uniqueKeysWithValues: try goJSONFields().map { ($0.name, $0.value) })) }
}

extension KubeVersion: GoJSONOrderedEncodable {
    public func goJSONFields() throws -> [(name: String, value: GoValue)] {
        [("Version", .string(version)), ("Major", .string(major)), ("Minor", .string(minor))]
    }
    public func goJSONValue() throws -> GoValue { .dict(Dictionary(uniqueKeysWithValues: try goJSONFields().map { ($0.name, $0.value) })) }
}

extension HelmBuildInfo: GoJSONOrderedEncodable {
    public func goJSONFields() throws -> [(name: String, value: GoValue)] {
        [("version", .string(version)), ("git_commit", .string(gitCommit)), ("git_tree_state", .string(gitTreeState)),
         ("go_version", .string(goVersion)), ("kube_client_version", .string(kubeClientVersion))]
    }
    public func goJSONValue() throws -> GoValue { .dict(Dictionary(uniqueKeysWithValues: try goJSONFields().map { ($0.name, $0.value) })) }
}

extension VersionSet: GoJSONEncodable {
    public func goJSONValue() throws -> GoValue { asSlice }
}
