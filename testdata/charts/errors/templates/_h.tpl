{{- define "fn.inner" }}
{{ .Values.nope.x }}
{{- end }}
{{- define "fn.outer" }}
{{ include "fn.inner" . }}
{{- end }}
{{- define "fn.req" }}{{ required "inner required" .Values.nope }}{{ end }}
{{- define "bad" }}
  {{ .Values.nope.x }}
{{- end }}
{{- define "fn.rec" }}{{ include "fn.rec" . }}{{ end }}
