{{/*
Chart name, overridable with nameOverride.
*/}}
{{- define "copydesk.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Name of every resource of the release: fullnameOverride, else the release name when it already contains the chart
name, else "<release>-<chart>". Kubernetes names stop at 63 characters.
*/}}
{{- define "copydesk.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "copydesk.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
Labels that select the worker pods; they never change over the life of a release.
*/}}
{{- define "copydesk.selectorLabels" -}}
app.kubernetes.io/name: {{ include "copydesk.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/*
Labels on every resource.
*/}}
{{- define "copydesk.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "copydesk.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: worker
app.kubernetes.io/part-of: copydesk
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/*
The image reference; the tag defaults to the chart's appVersion.
*/}}
{{- define "copydesk.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag | toString) -}}
{{- end -}}

{{/*
Where the API key comes from: the name of the Secret holding it (existing or chart-made), or "" when there is none.
Fails when both llm.apiKey and llm.existingSecret.name are set.
*/}}
{{- define "copydesk.llmSecretName" -}}
{{- if and .Values.llm.apiKey .Values.llm.existingSecret.name -}}
{{- fail "set either llm.apiKey or llm.existingSecret.name, not both" -}}
{{- else if .Values.llm.existingSecret.name -}}
{{- .Values.llm.existingSecret.name -}}
{{- else if .Values.llm.apiKey -}}
{{- printf "%s-llm" (include "copydesk.fullname" .) -}}
{{- end -}}
{{- end -}}

{{/*
Key inside that Secret.
*/}}
{{- define "copydesk.llmSecretKey" -}}
{{- if .Values.llm.existingSecret.name -}}
{{- required "llm.existingSecret.key is required with llm.existingSecret.name" .Values.llm.existingSecret.key -}}
{{- else -}}
api-key
{{- end -}}
{{- end -}}

{{/*
The non-secret settings, as JSON of a dict NAME -> string: the named values, then extraEnv on top. Empty optional settings
are left out, so the worker's own defaults apply.
*/}}
{{- define "copydesk.settings" -}}
{{- $v := .Values -}}
{{- if ge (add (int $v.shutdown.graceSeconds) 10) (int $v.terminationGracePeriodSeconds) -}}
{{- fail "shutdown.graceSeconds must stay at least 10 s under terminationGracePeriodSeconds: the worker still commits and leaves its groups after the grace" -}}
{{- end -}}
{{- $env := dict
  "KAFKA_BOOTSTRAP_SERVERS" (required "kafka.bootstrapServers is required" $v.kafka.bootstrapServers | toString)
  "COPYDESK_LLM_PROVIDER" ($v.llm.provider | toString)
  "COPYDESK_LLM_MODEL" ($v.llm.model | toString)
  "COPYDESK_TOPICS_RAW" ($v.topics.raw | toString)
  "COPYDESK_TOPICS_REWRITTEN" ($v.topics.rewritten | toString)
  "COPYDESK_TOPICS_PUBLISHED" ($v.topics.published | toString)
  "COPYDESK_TOPICS_METRICS" ($v.topics.metrics | toString)
  "COPYDESK_TOPICS_DLQ" ($v.topics.dlq | toString)
  "COPYDESK_TOPICS_REWRITE_GROUP" ($v.topics.rewriteGroup | toString)
  "COPYDESK_TOPICS_SEO_GROUP" ($v.topics.seoGroup | toString)
  "COPYDESK_TOPICS_AUTO_CREATE" ($v.topics.autoCreate | toString)
  "COPYDESK_TOPICS_PARTITIONS" ($v.topics.partitions | toString)
  "COPYDESK_TOPICS_REPLICATION_FACTOR" ($v.topics.replicationFactor | toString)
  "COPYDESK_TOPICS_MIN_INSYNC_REPLICAS" ($v.topics.minInsyncReplicas | toString)
  "COPYDESK_SHUTDOWN_GRACE" (printf "%ds" (int $v.shutdown.graceSeconds))
  "COPYDESK_BRIEF_TARGET_LOCALES" ($v.brief.targetLocales | toString)
  "COPYDESK_BRIEF_MIN_WORDS" ($v.brief.minWords | toString)
-}}
{{- with $v.llm.baseUrl }}{{- $_ := set $env "COPYDESK_LLM_BASE_URL" (toString .) -}}{{- end -}}
{{- with $v.llm.ollamaBaseUrl }}{{- $_ := set $env "COPYDESK_LLM_OLLAMA_BASE_URL" (toString .) -}}{{- end -}}
{{- with $v.seo.siteUrl }}{{- $_ := set $env "COPYDESK_SEO_SITE_URL" (toString .) -}}{{- end -}}
{{- range $name, $value := $v.extraEnv -}}
{{- if or (eq (upper $name) "COPYDESK_LLM_API_KEY") (eq (lower $name) "copydesk.llm.api-key") -}}
{{- fail "extraEnv must not hold the LLM API key, it would land in a ConfigMap: use llm.apiKey or llm.existingSecret" -}}
{{- end -}}
{{- $_ := set $env $name (toString $value) -}}
{{- end -}}
{{- toJson $env -}}
{{- end -}}
