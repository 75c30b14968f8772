{{- define "x" }}from _b{{ end -}}
{{- define "helpers.recurse" -}}
{{- if gt (len .) 0 -}}{{ first . }},{{ include "helpers.recurse" (rest .) }}{{- end -}}
{{- end -}}
