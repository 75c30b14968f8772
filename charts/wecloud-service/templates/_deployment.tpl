{{- define "wecloud-service.deployment" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "wecloud-service.fullname" . }}
  namespace: {{ .Release.Namespace }}
  labels:
    {{- include "wecloud-service.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  selector:
    matchLabels:
      {{- include "wecloud-service.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "wecloud-service.labels" . | nindent 8 }}
        {{- with .Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      serviceAccountName: {{ include "wecloud-service.serviceAccountName" . }}
      {{- with .Values.global.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .Chart.Name }}
          image: {{ include "wecloud-service.image" . }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ .Values.containerPort }}
              protocol: TCP
          env:
            - name: SERVER_PORT
              value: {{ .Values.containerPort | quote }}
            - name: SPRING_PROFILES_ACTIVE
              value: {{ .Values.springProfiles | join "," | quote }}
            - name: SPRING_DATASOURCE_URL
              value: {{ printf "jdbc:mysql://%s:%v/%s?%s" (include "wecloud-service.databaseHost" .) .Values.database.port .Values.database.name .Values.database.parameters | quote }}
            - name: SPRING_DATASOURCE_USERNAME
              value: {{ .Values.database.username | quote }}
            - name: SPRING_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ include "wecloud-service.databaseSecret" . }}
                  key: {{ .Values.database.passwordKey }}
            {{- with .Values.redis }}
            {{- if .enabled }}
            - name: SPRING_DATA_REDIS_HOST
              value: {{ .host | default (printf "%s-redis" $.Release.Name) | quote }}
            - name: SPRING_DATA_REDIS_PORT
              value: {{ .port | quote }}
            {{- if .auth.enabled }}
            - name: SPRING_DATA_REDIS_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .auth.existingSecret | default (printf "%s-redis" $.Release.Name) }}
                  key: {{ .auth.passwordKey }}
            {{- end }}
            - name: WECLOUD_CHAT_CHANNEL_PREFIX
              value: {{ .channelPrefix | quote }}
            {{- end }}
            {{- end }}
            {{- range $name, $value := .Values.env }}
            - name: {{ $name }}
              value: {{ $value | toString | quote }}
            {{- end }}
          {{- if .Values.probes.enabled }}
          startupProbe:
            httpGet:
              path: /actuator/health
              port: http
            periodSeconds: 5
            failureThreshold: {{ .Values.probes.startupFailureThreshold }}
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: http
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: 3
          {{- end }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {}
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
{{- end -}}
