import Foundation

/// The chart `chart create` writes: our own design, a small web service that lints clean
/// under `lint --strict`. `<CHARTNAME>` in every file becomes the new chart's name.
public enum ChartScaffold {
    /// The scaffold's files, by path inside the chart, before the name is filled in.
    public static let templates: [(path: String, text: String)] = [
        ("Chart.yaml", #"""
apiVersion: v2
name: <CHARTNAME>
description: A Helm chart for <CHARTNAME>, made with chart create.
# application charts deploy workloads; library charts only share templates.
type: application
# The chart's own version (SemVer 2); bump it on every change to the chart.
version: 0.1.0
# The version of the application the chart deploys.
appVersion: "1.0.0"
icon: https://example.com/<CHARTNAME>.png
"""# + "\n"),
        ("values.yaml", #"""
# Default values for <CHARTNAME>.
# Override them with -f my-values.yaml or --set key=value.

# -- Pods to run while autoscaling is off.
replicaCount: 1

image:
  # -- Image to run.
  repository: nginx
  # -- Image tag; empty means the chart's appVersion.
  tag: ""
  pullPolicy: IfNotPresent

# -- Secrets for pulling from private registries, e.g. [{name: regcred}].
imagePullSecrets: []
# -- Replaces the chart name in resource names.
nameOverride: ""
# -- Replaces the whole resource name.
fullnameOverride: ""

serviceAccount:
  # -- Create a ServiceAccount for the pods.
  create: true
  # -- Mount its API token into the pods.
  automount: false
  # -- Annotations for the ServiceAccount.
  annotations: {}
  # -- Name to use; empty means the full name of the release.
  name: ""

# -- Annotations added to every pod.
podAnnotations: {}
# -- Labels added to every pod.
podLabels: {}

podSecurityContext:
  runAsNonRoot: true
  runAsUser: 101
  fsGroup: 101

securityContext:
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities:
    drop:
      - ALL

# -- The port the container listens on.
containerPort: 8080

service:
  # -- ClusterIP, NodePort or LoadBalancer.
  type: ClusterIP
  # -- Port the Service exposes.
  port: 80

ingress:
  # -- Expose the Service through an Ingress.
  enabled: false
  # -- IngressClass to use, e.g. nginx.
  className: ""
  annotations: {}
  hosts:
    - host: <CHARTNAME>.example.local
      paths:
        - path: /
          pathType: Prefix
  # -- TLS entries, e.g. [{secretName: <CHARTNAME>-tls, hosts: [<CHARTNAME>.example.local]}].
  tls: []

# -- CPU and memory requests and limits.
resources:
  requests:
    cpu: 100m
    memory: 128Mi
  limits:
    memory: 256Mi

probes:
  # -- HTTP path checked by the liveness and readiness probes.
  path: /
  liveness:
    initialDelaySeconds: 5
    periodSeconds: 10
  readiness:
    initialDelaySeconds: 2
    periodSeconds: 5

autoscaling:
  # -- Scale with a HorizontalPodAutoscaler instead of replicaCount.
  enabled: false
  minReplicas: 1
  maxReplicas: 5
  # -- Target average CPU use, in percent of requests.
  targetCPUUtilizationPercentage: 80
  # -- Target average memory use, in percent of requests; empty leaves memory out.
  targetMemoryUtilizationPercentage: ""

# -- Extra volumes for the pod.
volumes:
  - name: tmp
    emptyDir: {}
# -- Where the container mounts them.
volumeMounts:
  - name: tmp
    mountPath: /tmp

nodeSelector: {}
tolerations: []
affinity: {}
"""# + "\n"),
        (".helmignore", #"""
# Patterns of files left out of the packaged chart, one per line.
# Version control
.git/
.gitignore
.hg/
.svn/
# Editors and operating systems
.DS_Store
.idea/
.vscode/
*.swp
*.bak
*.tmp
*.orig
*~
"""# + "\n"),
        ("templates/NOTES.txt", #"""
{{ .Chart.Name }} {{ .Chart.AppVersion }} is installed as release {{ .Release.Name }} in namespace {{ .Release.Namespace }}.
{{- if .Values.ingress.enabled }}

Open it at:
{{- range .Values.ingress.hosts }}
{{- $host := .host }}
{{- range .paths }}
  http{{ if $.Values.ingress.tls }}s{{ end }}://{{ $host }}{{ .path }}
{{- end }}
{{- end }}
{{- else if eq .Values.service.type "LoadBalancer" }}

Wait for the load balancer's address, then open http://ADDRESS:{{ .Values.service.port }}:
  kubectl get svc -n {{ .Release.Namespace }} {{ include "<CHARTNAME>.fullname" . }} -w
{{- else }}

Reach it from your machine with:
  kubectl port-forward -n {{ .Release.Namespace }} svc/{{ include "<CHARTNAME>.fullname" . }} 8080:{{ .Values.service.port }}
and open http://127.0.0.1:8080{{ .Values.probes.path }}
{{- end }}

Run the chart's test with: helm test {{ .Release.Name }} -n {{ .Release.Namespace }}
"""# + "\n"),
        ("templates/_helpers.tpl", #"""
{{/* The chart name, or nameOverride. */}}
{{- define "<CHARTNAME>.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The name of every resource: fullnameOverride, else RELEASE-NAME, else just
RELEASE when it already contains the chart name. Kubernetes names stop at 63.
*/}}
{{- define "<CHARTNAME>.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* The labels that select this release's pods; they never change after install. */}}
{{- define "<CHARTNAME>.selectorLabels" -}}
app.kubernetes.io/name: {{ include "<CHARTNAME>.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* Labels for every resource. */}}
{{- define "<CHARTNAME>.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "<CHARTNAME>.selectorLabels" . }}
{{- with .Chart.AppVersion }}
app.kubernetes.io/version: {{ . | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* The ServiceAccount the pods run as. */}}
{{- define "<CHARTNAME>.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "<CHARTNAME>.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}
"""# + "\n"),
        ("templates/deployment.yaml", #"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "<CHARTNAME>.fullname" . }}
  labels:
    {{- include "<CHARTNAME>.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "<CHARTNAME>.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      labels:
        {{- include "<CHARTNAME>.labels" . | nindent 8 }}
        {{- with .Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      serviceAccountName: {{ include "<CHARTNAME>.serviceAccountName" . }}
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ .Values.containerPort }}
              protocol: TCP
          livenessProbe:
            httpGet:
              path: {{ .Values.probes.path }}
              port: http
            {{- toYaml .Values.probes.liveness | nindent 12 }}
          readinessProbe:
            httpGet:
              path: {{ .Values.probes.path }}
              port: http
            {{- toYaml .Values.probes.readiness | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          {{- with .Values.volumeMounts }}
          volumeMounts:
            {{- toYaml . | nindent 12 }}
          {{- end }}
      {{- with .Values.volumes }}
      volumes:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
"""# + "\n"),
        ("templates/hpa.yaml", #"""
{{- if .Values.autoscaling.enabled }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "<CHARTNAME>.fullname" . }}
  labels:
    {{- include "<CHARTNAME>.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "<CHARTNAME>.fullname" . }}
  minReplicas: {{ .Values.autoscaling.minReplicas }}
  maxReplicas: {{ .Values.autoscaling.maxReplicas }}
  metrics:
    {{- with .Values.autoscaling.targetCPUUtilizationPercentage }}
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ . }}
    {{- end }}
    {{- with .Values.autoscaling.targetMemoryUtilizationPercentage }}
    - type: Resource
      resource:
        name: memory
        target:
          type: Utilization
          averageUtilization: {{ . }}
    {{- end }}
{{- end }}
"""# + "\n"),
        ("templates/ingress.yaml", #"""
{{- if .Values.ingress.enabled -}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "<CHARTNAME>.fullname" . }}
  labels:
    {{- include "<CHARTNAME>.labels" . | nindent 4 }}
  {{- with .Values.ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with .Values.ingress.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- with .Values.ingress.tls }}
  tls:
    {{- range . }}
    - hosts:
        {{- range .hosts }}
        - {{ . | quote }}
        {{- end }}
      secretName: {{ .secretName }}
    {{- end }}
  {{- end }}
  rules:
    {{- range .Values.ingress.hosts }}
    - host: {{ .host | quote }}
      http:
        paths:
          {{- range .paths }}
          - path: {{ .path }}
            pathType: {{ .pathType }}
            backend:
              service:
                name: {{ include "<CHARTNAME>.fullname" $ }}
                port:
                  name: http
          {{- end }}
    {{- end }}
{{- end }}
"""# + "\n"),
        ("templates/service.yaml", #"""
apiVersion: v1
kind: Service
metadata:
  name: {{ include "<CHARTNAME>.fullname" . }}
  labels:
    {{- include "<CHARTNAME>.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  ports:
    - name: http
      port: {{ .Values.service.port }}
      targetPort: http
      protocol: TCP
  selector:
    {{- include "<CHARTNAME>.selectorLabels" . | nindent 4 }}
"""# + "\n"),
        ("templates/serviceaccount.yaml", #"""
{{- if .Values.serviceAccount.create -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "<CHARTNAME>.serviceAccountName" . }}
  labels:
    {{- include "<CHARTNAME>.labels" . | nindent 4 }}
  {{- with .Values.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: {{ .Values.serviceAccount.automount }}
{{- end }}
"""# + "\n"),
        ("templates/tests/test-connection.yaml", #"""
apiVersion: v1
kind: Pod
metadata:
  name: "{{ include "<CHARTNAME>.fullname" . }}-test-connection"
  labels:
    {{- include "<CHARTNAME>.labels" . | nindent 4 }}
  annotations:
    "helm.sh/hook": test
    "helm.sh/hook-delete-policy": before-hook-creation,hook-succeeded
spec:
  restartPolicy: Never
  containers:
    - name: wget
      image: busybox:1.36
      command: ["wget", "-q", "-O-", "http://{{ include "<CHARTNAME>.fullname" . }}:{{ .Values.service.port }}{{ .Values.probes.path }}"]
"""# + "\n"),
    ]

    /// The scaffold's files for a chart called `name`.
    public static func files(named name: String) -> [(path: String, text: String)] {
        templates.map { ($0.path, $0.text.replacingOccurrences(of: "<CHARTNAME>", with: name)) }
    }

    /// Writes a new chart in `directory` (created if missing), failing on an existing file rather than
    /// overwriting someone's work. Files go to a temporary folder first, which is renamed into place.
    public static func create(named name: String, in directory: URL) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: directory.path) {
            throw CreateError.exists(directory.path)
        }
        let parent = directory.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(directory.lastPathComponent).creating-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        do {
            for file in files(named: name) {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            }
            try fm.createDirectory(at: staging.appendingPathComponent("charts"), withIntermediateDirectories: true)
            try fm.moveItem(at: staging, to: directory)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }
}

/// Why `chart create` refused.
public enum CreateError: Error, CustomStringConvertible, Equatable {
    case exists(String)

    public var description: String {
        switch self {
        case .exists(let path): return "file \(path) already exists; chart create will not overwrite it"
        }
    }
}
