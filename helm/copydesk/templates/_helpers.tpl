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
Labels on every resource, but the component.
*/}}
{{- define "copydesk.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "copydesk.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: copydesk
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/*
Labels of the resources shared by the roles (ConfigMap, Secret, Service, ServiceMonitor).
*/}}
{{- define "copydesk.labels" -}}
{{ include "copydesk.commonLabels" . }}
app.kubernetes.io/component: worker
{{- end -}}

{{/*
Labels of one role's resources and pods; called with (dict "ctx" $ "role" $role), $role from copydesk.roles.
*/}}
{{- define "copydesk.roleLabels" -}}
{{ include "copydesk.commonLabels" .ctx }}
app.kubernetes.io/component: {{ .role.component }}
{{- end -}}

{{/*
Labels that select one role's pods. The combined role keeps the selector of chart 0.1.x (name and instance: a
Deployment's selector cannot change in place), the others add their component.
*/}}
{{- define "copydesk.roleSelectorLabels" -}}
{{ include "copydesk.selectorLabels" .ctx }}
{{- if ne .role.name "combined" }}
app.kubernetes.io/component: {{ .role.component }}
{{- end }}
{{- end -}}

{{/*
Labels that select exactly one role's pods, the combined role's too (its pods carry component worker, and the desk's
do not): for the desk and feeds Services, which must not reach a pod that would answer 404.
*/}}
{{- define "copydesk.rolePodSelectorLabels" -}}
{{ include "copydesk.selectorLabels" .ctx }}
app.kubernetes.io/component: {{ .role.component }}
{{- end -}}

{{/*
The number of a role when it has one, else the shared one: (list $roleValue $sharedValue), printed as an integer.
null means unset, and so does a missing key (`get` gives "" for it, e.g. after --set roles.seo.replicas=null); 0 is
a value.
*/}}
{{- define "copydesk.pickInt" -}}
{{- $own := index . 0 -}}
{{- if or (kindIs "invalid" $own) (and (kindIs "string" $own) (eq $own "")) -}}{{- int (index . 1) -}}{{- else -}}{{- int $own -}}{{- end -}}
{{- end -}}

{{/*
The roles that run, as a JSON list, each with its settings resolved (role values over the shared ones) and checked:
  name, fullname, component, stages (list), replicas, resources, probes, javaOpts, terminationGracePeriodSeconds,
  graceSeconds, keda (the role's autoscaling.keda entry, or absent), hpa (likewise), minPods, feeds (serves them).
The desk (roles.desk) is a role too, last, never autoscaled.
Fails when no role runs, when feeds.role does not run, when the desk has several replicas but no shared session key
or OIDC lacks a setting, when a stage would run in two Deployments, when a role's shutdown grace is not 10 s under
its termination grace, when KEDA and an HPA would both scale a role, and when an autoscaler may exceed the partitions.
*/}}
{{- define "copydesk.roles" -}}
{{- $v := .Values -}}
{{- $fullname := include "copydesk.fullname" . -}}
{{- $combined := $v.roles.combined.enabled -}}
{{- $names := list -}}
{{- if $combined -}}{{- $names = append $names "combined" -}}{{- end -}}
{{- range $name := list "rewrite" "seo" -}}
{{- $enabled := get (get $v.roles $name) "enabled" -}}
{{- if kindIs "invalid" $enabled -}}
{{- $enabled = not $combined -}}
{{- else if and $enabled $combined -}}
{{- fail (printf "roles.%s.enabled=true together with roles.combined.enabled would run the %s stage in two Deployments with different settings: leave roles.%s.enabled null (or false) with roles.combined, or turn roles.combined off" $name $name $name) -}}
{{- end -}}
{{- if $enabled -}}{{- $names = append $names $name -}}{{- end -}}
{{- end -}}
{{- if $v.roles.desk.enabled -}}{{- $names = append $names "desk" -}}{{- end -}}
{{- if not $names -}}
{{- fail "roles: no stage would run (roles.rewrite, roles.seo, roles.combined and roles.desk all off); enable at least one role" -}}
{{- end -}}
{{- if and $v.feeds.enabled (not (has $v.feeds.role $names)) -}}
{{- fail (printf "feeds.role=%s, but that role does not run in this release (roles: %s): enable roles.%s or serve the feeds from a role that runs" $v.feeds.role (join ", " $names) $v.feeds.role) -}}
{{- end -}}
{{- $partitions := int $v.topics.partitions -}}
{{- $roles := list -}}
{{- range $name := $names -}}
{{- $rv := get $v.roles $name -}}
{{- $role := dict "name" $name -}}
{{- if eq $name "combined" -}}
{{- $_ := set $role "fullname" $fullname -}}
{{- $_ := set $role "component" "worker" -}}
{{- $_ := set $role "stages" (list "rewrite" "seo") -}}
{{- else -}}
{{- $_ := set $role "fullname" (printf "%s-%s" ($fullname | trunc 55 | trimSuffix "-") $name) -}}
{{- $_ := set $role "component" $name -}}
{{- $_ := set $role "stages" (list $name) -}}
{{- end -}}
{{- $_ := set $role "feeds" (and $v.feeds.enabled (eq $v.feeds.role $name)) -}}
{{- $_ := set $role "replicas" (int (include "copydesk.pickInt" (list (get $rv "replicas") $v.replicas))) -}}
{{- $_ := set $role "resources" (mergeOverwrite (deepCopy $v.resources) (deepCopy (get $rv "resources" | default dict))) -}}
{{- $_ := set $role "probes" (mergeOverwrite (deepCopy $v.probes) (deepCopy (get $rv "probes" | default dict))) -}}
{{- $_ := set $role "javaOpts" (default $v.javaOpts (get $rv "javaOpts")) -}}
{{- $term := int (include "copydesk.pickInt" (list (get $rv "terminationGracePeriodSeconds") $v.terminationGracePeriodSeconds)) -}}
{{- $grace := int (include "copydesk.pickInt" (list (get (get $rv "shutdown" | default dict) "graceSeconds") $v.shutdown.graceSeconds)) -}}
{{- if ge (add $grace 10) $term -}}
{{- fail (printf "roles.%s: shutdown.graceSeconds must stay at least 10 s under terminationGracePeriodSeconds (got %d and %d): the worker still commits and leaves its groups after the grace" $name $grace $term) -}}
{{- end -}}
{{- $_ := set $role "terminationGracePeriodSeconds" $term -}}
{{- $_ := set $role "graceSeconds" $grace -}}
{{- $_ := set $role "minPods" $role.replicas -}}
{{- if eq $name "desk" -}}
{{- /* Not autoscaled: nothing measures an editor's load, and more replicas widen the double-decision race. */ -}}
{{- if and (gt (int $role.replicas) 1) (not $v.desk.sessionKey.existingSecret) -}}
{{- fail (printf "roles.desk.replicas=%d needs desk.sessionKey.existingSecret: without a shared key each desk pod encrypts its login cookie with its own, and a session works only on the pod that issued it" (int $role.replicas)) -}}
{{- end -}}
{{- if $v.desk.oidc.enabled -}}
{{- if not (and $v.desk.oidc.authServerUrl $v.desk.oidc.clientId $v.desk.oidc.clientSecret.existingSecret) -}}
{{- fail "desk.oidc.enabled needs desk.oidc.authServerUrl, desk.oidc.clientId and desk.oidc.clientSecret.existingSecret" -}}
{{- end -}}
{{- end -}}
{{- else -}}
{{- $keda := get $v.autoscaling.keda $name -}}
{{- $hpa := get $v.autoscaling.hpa $name -}}
{{- $useKeda := and $v.autoscaling.keda.enabled $keda.enabled -}}
{{- $useHpa := and $v.autoscaling.hpa.enabled $hpa.enabled -}}
{{- if and $useKeda $useHpa -}}
{{- fail (printf "autoscaling: the %s role would be scaled by both KEDA and an HPA, which fight over its replicas; set autoscaling.keda.%s.enabled=false or autoscaling.hpa.%s.enabled=false" $name $name $name) -}}
{{- end -}}
{{- if $useKeda -}}
{{- $min := int $keda.minReplicaCount -}}{{- $max := int $keda.maxReplicaCount -}}
{{- if gt $max $partitions -}}
{{- fail (printf "autoscaling.keda.%s.maxReplicaCount (%d) exceeds topics.partitions (%d): a consumer group gives each partition to one member, so consumers beyond the partition count sit idle" $name $max $partitions) -}}
{{- end -}}
{{- if gt $min $max -}}
{{- fail (printf "autoscaling.keda.%s.minReplicaCount (%d) exceeds its maxReplicaCount (%d)" $name $min $max) -}}
{{- end -}}
{{- $_ := set $role "keda" $keda -}}
{{- $_ := set $role "minPods" $min -}}
{{- end -}}
{{- if $useHpa -}}
{{- $min := int $hpa.minReplicas -}}{{- $max := int $hpa.maxReplicas -}}
{{- if gt $max $partitions -}}
{{- fail (printf "autoscaling.hpa.%s.maxReplicas (%d) exceeds topics.partitions (%d): a consumer group gives each partition to one member, so consumers beyond the partition count sit idle" $name $max $partitions) -}}
{{- end -}}
{{- if gt $min $max -}}
{{- fail (printf "autoscaling.hpa.%s.minReplicas (%d) exceeds its maxReplicas (%d)" $name $min $max) -}}
{{- end -}}
{{- $_ := set $role "hpa" $hpa -}}
{{- $_ := set $role "minPods" $min -}}
{{- end -}}
{{- end -}}
{{- $roles = append $roles $role -}}
{{- end -}}
{{- toJson $roles -}}
{{- end -}}

{{/*
Name of the Service of the desk or of the feeds: (dict "ctx" $ "what" "desk"|"feeds").
*/}}
{{- define "copydesk.httpServiceName" -}}
{{- printf "%s-%s" (include "copydesk.fullname" .ctx | trunc 57 | trimSuffix "-") .what -}}
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
The non-secret settings shared by every role, as JSON of a dict NAME -> string: the named values, then extraEnv on top.
Empty optional settings are left out, so the worker's own defaults apply. The per-role settings (COPYDESK_STAGES,
COPYDESK_SHUTDOWN_GRACE) are set on each Deployment's container instead.
*/}}
{{- define "copydesk.settings" -}}
{{- $v := .Values -}}
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
  "COPYDESK_BRIEF_TARGET_LOCALES" ($v.brief.targetLocales | toString)
  "COPYDESK_BRIEF_MIN_WORDS" ($v.brief.minWords | toString)
-}}
{{- with $v.llm.baseUrl }}{{- $_ := set $env "COPYDESK_LLM_BASE_URL" (toString .) -}}{{- end -}}
{{- with $v.llm.ollamaBaseUrl }}{{- $_ := set $env "COPYDESK_LLM_OLLAMA_BASE_URL" (toString .) -}}{{- end -}}
{{- with $v.seo.siteUrl }}{{- $_ := set $env "COPYDESK_SEO_SITE_URL" (toString .) -}}{{- end -}}
{{- if $v.tracing.enabled -}}
{{- $_ := set $env "QUARKUS_OTEL_SDK_DISABLED" "false" -}}
{{- $_ := set $env "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT" (required "tracing.endpoint is required with tracing.enabled (the OTLP collector, e.g. http://otel-collector:4317)" $v.tracing.endpoint | toString) -}}
{{- $_ := set $env "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL" ($v.tracing.protocol | toString) -}}
{{- $_ := set $env "QUARKUS_OTEL_TRACES_SAMPLER" ($v.tracing.sampler | toString) -}}
{{- if hasSuffix "traceidratio" $v.tracing.sampler -}}
{{- $_ := set $env "QUARKUS_OTEL_TRACES_SAMPLER_ARG" ($v.tracing.samplerRatio | toString) -}}
{{- end -}}
{{- with $v.tracing.resourceAttributes }}{{- $_ := set $env "QUARKUS_OTEL_RESOURCE_ATTRIBUTES" (toString .) -}}{{- end -}}
{{- end -}}
{{- if $v.logging.json -}}
{{- $_ := set $env "QUARKUS_LOG_CONSOLE_JSON_ENABLED" "true" -}}
{{- end -}}
{{- range $name, $value := $v.extraEnv -}}
{{- if or (eq (upper $name) "COPYDESK_LLM_API_KEY") (eq (lower $name) "copydesk.llm.api-key") -}}
{{- fail "extraEnv must not hold the LLM API key, it would land in a ConfigMap: use llm.apiKey or llm.existingSecret" -}}
{{- end -}}
{{- if or (has (upper $name) (list "COPYDESK_STAGES" "COPYDESK_SHUTDOWN_GRACE")) (has (lower $name) (list "copydesk.stages" "copydesk.shutdown.grace")) -}}
{{- fail (printf "extraEnv must not set %s: each role's Deployment sets it on its container, where it wins over the ConfigMap; use roles.* and shutdown.graceSeconds" $name) -}}
{{- end -}}
{{- if or (eq (upper $name) "COPYDESK_FEEDS_ENABLED") (eq (lower $name) "copydesk.feeds.enabled") -}}
{{- fail "extraEnv must not set COPYDESK_FEEDS_ENABLED: in the ConfigMap it would make every pod read the whole published topic; use feeds.enabled and feeds.role" -}}
{{- end -}}
{{- $envName := upper (regexReplaceAll "[.-]" $name "_") -}}
{{- if or (has $envName (list "QUARKUS_OTEL_EXPORTER_OTLP_HEADERS" "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_HEADERS" "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY" "QUARKUS_OIDC_CREDENTIALS_SECRET" "QUARKUS_OIDC_CREDENTIALS_CLIENT_SECRET_VALUE")) (hasPrefix "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_" $envName) -}}
{{- fail (printf "extraEnv must not hold %s, a secret: it would land in a ConfigMap; use tracing.headers, desk.sessionKey, desk.oidc.clientSecret or desk.users (each names a Secret)" $name) -}}
{{- end -}}
{{- $_ := set $env $name (toString $value) -}}
{{- end -}}
{{- toJson $env -}}
{{- end -}}
