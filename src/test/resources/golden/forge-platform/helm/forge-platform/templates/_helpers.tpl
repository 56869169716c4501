{{/*
Helpers shared by every template. Most take a dict:
  root: the top context ($), name: the object's key in values, w: its values, component: its role.
*/}}

{{/* The object name: the `fullname` value, else its key in values; cut to 63 characters. */}}
{{- define "forge.fullname" -}}
{{- .w.fullname | default .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The namespace of every object: namespace.name, else the release's. */}}
{{- define "forge.namespace" -}}
{{- .Values.namespace.name | default .Release.Namespace -}}
{{- end -}}

{{/* Labels that select a workload's pods; never change them on a running release. */}}
{{- define "forge.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Values.instance | default .root.Release.Name }}
{{- end -}}

{{/* Standard labels (app.kubernetes.io/*), under commonLabels, under the object's own `labels` (those win). */}}
{{- define "forge.labels" -}}
{{- $std := dict
  "app.kubernetes.io/name" .name
  "app.kubernetes.io/instance" (.root.Values.instance | default .root.Release.Name)
  "app.kubernetes.io/component" .component
  "app.kubernetes.io/part-of" (.root.Values.partOf | default .root.Chart.Name)
  "app.kubernetes.io/managed-by" (.root.Values.managedBy | default .root.Release.Service) -}}
{{- with (.w.version | default .root.Values.version) }}
{{- $_ := set $std "app.kubernetes.io/version" . }}
{{- end }}
{{- toYaml (merge (deepCopy (.w.labels | default dict)) (deepCopy (.root.Values.commonLabels | default dict)) $std) -}}
{{- end -}}

{{/* metadata of a namespaced object: name (objectName, else the fullname), namespace, labels, annotations. */}}
{{- define "forge.metadata" -}}
name: {{ .objectName | default (include "forge.fullname" .) }}
namespace: {{ include "forge.namespace" .root }}
labels:
  {{- include "forge.labels" . | nindent 2 }}
{{- $ann := merge (deepCopy (.annotations | default dict)) (deepCopy (.root.Values.commonAnnotations | default dict)) }}
{{- with $ann }}
annotations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* The Deployment, Job and CronJob annotations: the workload's description, then its own annotations. */}}
{{- define "forge.workloadAnnotations" -}}
{{- $a := deepCopy (.w.annotations | default dict) -}}
{{- with .w.description }}{{ $_ := set $a "kubernetes.io/description" . }}{{ end -}}
{{- toYaml $a -}}
{{- end -}}

{{/* A value of the workload, else the chart-wide default under `defaults` (podAnnotations, nodeSelector ...). */}}
{{- define "forge.orDefault" -}}
{{- $v := index .w .key -}}
{{- if kindIs "invalid" $v -}}{{- $v = index .root.Values.defaults .key -}}{{- end -}}
{{- with $v -}}{{- toYaml . -}}{{- end -}}
{{- end -}}

{{/* The image: repository@digest with a digest; else repository:tag (imageTag wins for images Forge builds). */}}
{{- define "forge.image" -}}
{{- $i := .w.image -}}
{{- if $i.digest -}}
{{- printf "%s@%s" $i.repository $i.digest -}}
{{- else -}}
{{- $tag := $i.tag -}}
{{- if and $i.built .root.Values.imageTag }}{{ $tag = .root.Values.imageTag }}{{ end -}}
{{- if $tag }}{{ printf "%s:%s" $i.repository $tag }}{{ else }}{{ $i.repository }}{{ end -}}
{{- end -}}
{{- end -}}

{{/* The ConfigMap of a workload's plain variables, and the Secret of those from one store. */}}
{{- define "forge.configMapName" -}}
{{- printf "%s-config" (include "forge.fullname" .) -}}
{{- end -}}
{{- define "forge.secretName" -}}
{{- printf "%s-%s" (include "forge.fullname" .) .store -}}
{{- end -}}

{{/* The stores (secretStores keys) a workload's variables read, sorted, one per line. */}}
{{- define "forge.stores" -}}
{{- $stores := dict -}}
{{- range .w.env }}{{ with .store }}{{ $_ := set $stores . true }}{{ end }}{{ end -}}
{{- range $s, $_ := $stores }}
{{ $s }}
{{- end -}}
{{- end -}}

{{/* The pod template of a Deployment, CronJob or Job. */}}
{{- define "forge.podTemplate" -}}
{{- $w := .w -}}
{{- $ctx := . -}}
metadata:
  labels:
    {{- include "forge.labels" . | nindent 4 }}
    {{- with $w.podLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- with include "forge.orDefault" (dict "root" .root "w" $w "key" "podAnnotations") }}
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
  {{- with $w.topologySpread }}
  topologySpreadConstraints:
    {{- range . }}
    - {{- toYaml . | nindent 6 }}
      labelSelector:
        matchLabels:
          {{- include "forge.selectorLabels" $ctx | nindent 10 }}
    {{- end }}
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
        - name: http
          containerPort: {{ . | int64 }}
          protocol: TCP
      {{- end }}
      {{- if or $w.env $w.extraEnv }}
      env:
        {{- range $w.env }}
        - name: {{ .name }}
          valueFrom:
            {{- if .store }}
            secretKeyRef:
              name: {{ include "forge.secretName" (merge (dict "store" .store) $ctx) }}
            {{- else }}
            configMapKeyRef:
              name: {{ include "forge.configMapName" $ctx }}
            {{- end }}
              key: {{ .name }}
        {{- end }}
        {{- with $w.extraEnv }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
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
  {{- range $key := list "nodeSelector" "tolerations" "affinity" }}
  {{- with include "forge.orDefault" (dict "root" $ctx.root "w" $w "key" $key) }}
  {{ $key }}:
    {{- . | nindent 4 }}
  {{- end }}
  {{- end }}
{{- end -}}

{{/* The spec of a Job (also a CronJob's jobTemplate.spec). */}}
{{- define "forge.jobSpec" -}}
{{- if not (kindIs "invalid" .w.backoffLimit) }}
backoffLimit: {{ .w.backoffLimit | int64 }}
{{- end }}
{{- with .w.activeDeadlineSeconds }}
activeDeadlineSeconds: {{ . | int64 }}
{{- end }}
{{- if and (not .w.schedule) .w.ttlSecondsAfterFinished }}
ttlSecondsAfterFinished: {{ .w.ttlSecondsAfterFinished | int64 }}
{{- end }}
template:
  {{- include "forge.podTemplate" . | nindent 2 }}
{{- end -}}
