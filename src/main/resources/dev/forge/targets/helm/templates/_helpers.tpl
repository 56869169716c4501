{{/*
Helpers shared by every template. Each takes a dict:
  root: the top context ($), name: the workload's key in values, w: its values, component: its role.
*/}}

{{/* The object name: the workload's `fullname` value, else <release>-<name>, cut to 63 characters. */}}
{{- define "forge.fullname" -}}
{{- .w.fullname | default (printf "%s-%s" .root.Release.Name .name) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels that select a workload's pods; never change them on a running release. */}}
{{- define "forge.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Values.instance | default .root.Release.Name }}
{{- end -}}

{{/* Standard labels (app.kubernetes.io/*), then commonLabels, then the workload's own labels (those win). */}}
{{- define "forge.labels" -}}
{{- $std := dict
  "app.kubernetes.io/name" .name
  "app.kubernetes.io/instance" (.root.Values.instance | default .root.Release.Name)
  "app.kubernetes.io/version" (.w.version | default .root.Values.version | default .root.Chart.AppVersion)
  "app.kubernetes.io/component" .component
  "app.kubernetes.io/part-of" (.root.Values.partOf | default .root.Chart.Name)
  "app.kubernetes.io/managed-by" (.root.Values.managedBy | default .root.Release.Service) -}}
{{- toYaml (merge (deepCopy (.w.labels | default dict)) (deepCopy (.root.Values.commonLabels | default dict)) $std) -}}
{{- end -}}

{{/* metadata: name, labels, and annotations (commonAnnotations merged under the object's own). */}}
{{- define "forge.metadata" -}}
name: {{ .objectName | default (include "forge.fullname" .) }}
labels:
  {{- include "forge.labels" . | nindent 2 }}
{{- $ann := merge (deepCopy (.annotations | default dict)) (deepCopy (.root.Values.commonAnnotations | default dict)) }}
{{- with $ann }}
annotations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* A value of the workload, else the chart-wide default under `defaults`. */}}
{{- define "forge.orDefault" -}}
{{- $v := index .w .key -}}
{{- if kindIs "invalid" $v -}}{{- $v = index .root.Values.defaults .key -}}{{- end -}}
{{- with $v -}}{{- toYaml . -}}{{- end -}}
{{- end -}}

{{/* The pod template of a Deployment, CronJob or Job. */}}
{{- define "forge.podTemplate" -}}
{{- $w := .w -}}
metadata:
  labels:
    {{- include "forge.selectorLabels" . | nindent 4 }}
    {{- with $w.podLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- $ann := include "forge.orDefault" (dict "root" .root "w" $w "key" "podAnnotations") }}
  {{- with $ann }}
  annotations:
    {{- . | nindent 4 }}
  {{- end }}
spec:
  serviceAccountName: {{ include "forge.fullname" . }}
  automountServiceAccountToken: {{ $w.serviceAccount.automountToken }}
  {{- with $w.restartPolicy }}
  restartPolicy: {{ . }}
  {{- end }}
  {{- with $w.podSecurityContext }}
  securityContext:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  containers:
    - name: {{ .name }}
      image: {{ include "forge.image" . | quote }}
      {{- with $w.imagePullPolicy }}
      imagePullPolicy: {{ . }}
      {{- end }}
      {{- with $w.command }}
      command:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $w.args }}
      args:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $w.port }}
      ports:
        - name: {{ $w.portName | default "http" }}
          containerPort: {{ . }}
          protocol: TCP
      {{- end }}
      {{- with $w.envFrom }}
      envFrom:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $w.env }}
      env:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- range $probe := list "startupProbe" "livenessProbe" "readinessProbe" }}
      {{- with index $w $probe }}
      {{ $probe }}:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- end }}
      {{- with $w.resources }}
      resources:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $w.securityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $w.volumeMounts }}
      volumeMounts:
        {{- toYaml . | nindent 8 }}
      {{- end }}
  {{- with $w.volumes }}
  volumes:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $w.topologySpread }}
  topologySpreadConstraints:
    {{- range . }}
    - {{- toYaml . | nindent 6 }}
      labelSelector:
        matchLabels:
          {{- include "forge.selectorLabels" $ | nindent 10 }}
    {{- end }}
  {{- end }}
  {{- range $key := list "nodeSelector" "tolerations" "affinity" }}
  {{- with include "forge.orDefault" (dict "root" $.root "w" $w "key" $key) }}
  {{ $key }}:
    {{- . | nindent 4 }}
  {{- end }}
  {{- end }}
{{- end -}}

{{/* The spec of a Job (also a CronJob's jobTemplate.spec). */}}
{{- define "forge.jobSpec" -}}
{{- if not (kindIs "invalid" .w.backoffLimit) }}
backoffLimit: {{ .w.backoffLimit }}
{{- end }}
{{- with .w.activeDeadlineSeconds }}
activeDeadlineSeconds: {{ . }}
{{- end }}
{{- with .w.ttlSecondsAfterFinished }}
ttlSecondsAfterFinished: {{ . }}
{{- end }}
template:
  {{- include "forge.podTemplate" . | nindent 2 }}
{{- end -}}

{{/* The image: repository@digest when a digest is set, else repository:tag (tag: the workload's, imageTag, appVersion). */}}
{{- define "forge.image" -}}
{{- $i := .w.image -}}
{{- if $i.digest -}}
{{- printf "%s@%s" $i.repository $i.digest -}}
{{- else -}}
{{- printf "%s:%s" $i.repository ($i.tag | default .root.Values.imageTag | default .root.Chart.AppVersion) -}}
{{- end -}}
{{- end -}}
