{{- define "wecloud-service.ingress" -}}
{{- if .Values.ingress.enabled -}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "wecloud-service.fullname" . }}
  namespace: {{ .Release.Namespace }}
  labels:
    {{- include "wecloud-service.labels" . | nindent 4 }}
  {{- with .Values.ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with .Values.ingress.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- if .Values.ingress.tls.enabled }}
  tls:
    - hosts:
        - {{ .Values.ingress.host | quote }}
      secretName: {{ .Values.ingress.tls.secretName | default (printf "%s-tls" (include "wecloud-service.fullname" .)) }}
  {{- end }}
  rules:
    {{- if .Values.ingress.host }}
    - host: {{ .Values.ingress.host | quote }}
      http:
    {{- else }}
    - http:
    {{- end }}
        paths:
          - path: {{ .Values.ingress.path }}
            pathType: Prefix
            backend:
              service:
                name: {{ include "wecloud-service.fullname" . }}
                port:
                  name: http
{{- end -}}
{{- end -}}

{{- define "wecloud-service.test" -}}
apiVersion: v1
kind: Pod
metadata:
  name: {{ include "wecloud-service.fullname" . }}-test-health
  namespace: {{ .Release.Namespace }}
  labels:
    {{- include "wecloud-service.labels" . | nindent 4 }}
  annotations:
    helm.sh/hook: test
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  restartPolicy: Never
  containers:
    - name: curl
      image: {{ .Values.tests.image }}
      command: ["curl", "--fail", "--silent", "--show-error", "http://{{ include "wecloud-service.fullname" . }}:{{ .Values.service.port }}/actuator/health"]
{{- end -}}
