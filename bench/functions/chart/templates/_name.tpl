{{- define "fnbench.name" -}}
{{ .name | trunc 40 | trimSuffix "-" }}
{{- end -}}
