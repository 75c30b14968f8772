{{- define "shared" }}child{{ end -}}
{{- define "kidonly" }}kid-only{{ end -}}
