{{/* The chart name, overridable. */}}
{{- define "mysql.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
The resource name. An umbrella chart that aliases this chart three times gets
three different names, because .Chart.Name is the alias there.
*/}}
{{- define "mysql.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "mysql.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "mysql.selectorLabels" -}}
app.kubernetes.io/name: {{ include "mysql.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "mysql.labels" -}}
helm.sh/chart: {{ include "mysql.chart" . }}
{{ include "mysql.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: database
app.kubernetes.io/part-of: wecloud
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "mysql.image" -}}
{{- $registry := .Values.global.imageRegistry | default .Values.image.registry -}}
{{- $tag := .Values.image.tag | default .Chart.AppVersion | toString -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .Values.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{- define "mysql.secretName" -}}
{{- .Values.auth.existingSecret | default (include "mysql.fullname" .) -}}
{{- end -}}

{{- define "mysql.storageClass" -}}
{{- $class := .Values.persistence.storageClass | default .Values.global.storageClass -}}
{{- if $class -}}
{{- if eq "-" $class -}}
storageClassName: ""
{{- else -}}
storageClassName: {{ $class | quote }}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
A password that survives upgrades: the value given, else the one already in the
cluster's Secret, else a new random one.
*/}}
{{- define "mysql.password" -}}
{{- $given := index . 0 -}}
{{- $existing := index . 1 -}}
{{- $key := index . 2 -}}
{{- if $given -}}
{{- $given | b64enc -}}
{{- else if and $existing (hasKey ($existing.data | default dict) $key) -}}
{{- index $existing.data $key -}}
{{- else -}}
{{- randAlphaNum 20 | b64enc -}}
{{- end -}}
{{- end -}}
