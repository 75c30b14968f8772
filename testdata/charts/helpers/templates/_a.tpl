{{- define "x" }}from _a{{ end -}}
{{- define "helpers.name" -}}{{ .Chart.Name }}-{{ .Values.name }}{{- end -}}
{{- define "helpers.list" -}}
{{- range $i, $e := . }}
- {{ $i }}: {{ $e }}
{{- end }}
{{- end -}}
