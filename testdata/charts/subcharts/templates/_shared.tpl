{{- define "shared" }}parent{{ end -}}
{{- define "x" }}from parent _shared{{ end -}}
