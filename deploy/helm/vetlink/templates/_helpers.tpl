{{/* The release's name, which prefixes every object (vetlink when the release is called vetlink). */}}
{{- define "vetlink.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "vetlink.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
app.kubernetes.io/part-of: vetlink
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/* The labels of an object of one workload: dict "root" $ "service" NAME "role" ROLE */}}
{{- define "vetlink.workloadLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
app.kubernetes.io/part-of: vetlink
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
{{ include "vetlink.selectorLabels" . }}
{{- end -}}

{{/* Selector labels of one Deployment: dict "root" $ "service" NAME "role" api|worker|job */}}
{{- define "vetlink.selectorLabels" -}}
app.kubernetes.io/name: {{ .service }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .role }}
{{- end -}}

{{/* The object name of a service's Deployment: <fullname>-<service>, -worker for the worker role. */}}
{{- define "vetlink.workloadName" -}}
{{- $base := printf "%s-%s" (include "vetlink.fullname" .root) .service -}}
{{- if eq .role "worker" -}}{{ printf "%s-worker" $base }}{{- else -}}{{ $base }}{{- end -}}
{{- end -}}

{{- define "vetlink.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "vetlink.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* image: dict "root" $ "name" SERVICE */}}
{{- define "vetlink.image" -}}
{{- $image := .root.Values.image -}}
{{- printf "%s/%s-%s:%s" $image.registry $image.repository .name (default .root.Chart.AppVersion $image.tag) -}}
{{- end -}}

{{/* The settings of one Deployment: defaults, overridden by the role's block. dict "root" $ "role" BLOCK */}}
{{- define "vetlink.roleSettings" -}}
{{- $settings := mergeOverwrite (deepCopy .root.Values.defaults) (omit (deepCopy (default (dict) .role)) "env" "enabled") -}}
{{- toYaml $settings -}}
{{- end -}}

{{/* Kafka's variables, for a service's or a job's Kafka user. dict "root" $ "user" NAME */}}
{{- define "vetlink.kafkaEnv" -}}
{{- $kafka := .root.Values.engines.kafka -}}
- name: KAFKA_BROKERS
  value: {{ required "engines.kafka.bootstrapServers is required" $kafka.bootstrapServers | quote }}
- name: KAFKA_TOPIC_PARTITIONS
  value: {{ $kafka.topicPartitions | quote }}
- name: KAFKA_REPLICATION_FACTOR
  value: {{ $kafka.replicationFactor | quote }}
{{- if $kafka.consumerGroupPrefix }}
- name: KAFKA_CONSUMER_GROUP_PREFIX
  value: {{ $kafka.consumerGroupPrefix | quote }}
{{- end }}
{{- if $kafka.tls.enabled }}
- name: KAFKA_TLS
  value: "true"
- name: KAFKA_TLS_REJECT_UNAUTHORIZED
  value: {{ $kafka.tls.rejectUnauthorized | quote }}
{{- if $kafka.tls.caSecret.name }}
- name: KAFKA_TLS_CA_FILE
  value: /etc/vetlink/kafka-ca/{{ $kafka.tls.caSecret.key }}
{{- end }}
{{- end }}
{{- if $kafka.sasl.enabled }}
- name: KAFKA_SASL_MECHANISM
  value: {{ $kafka.sasl.mechanism | quote }}
- name: KAFKA_SASL_USERNAME
  value: {{ printf "%s%s" $kafka.sasl.usernamePrefix .user | quote }}
- name: KAFKA_SASL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ printf "%s%s" $kafka.sasl.passwordSecretPrefix .user | quote }}
      key: {{ $kafka.sasl.passwordKey | quote }}
{{- end }}
{{- end -}}

{{/* MONGODB_URI for a service. dict "root" $ "service" NAME */}}
{{- define "vetlink.mongodbEnv" -}}
{{- $mongodb := .root.Values.engines.mongodb -}}
- name: MONGODB_URI
  valueFrom:
    secretKeyRef:
      name: {{ required "engines.mongodb.existingSecret is required" $mongodb.existingSecret | quote }}
      key: {{ default .service $mongodb.uriKey | quote }}
{{- end -}}

{{- define "vetlink.redisEnv" -}}
{{- $redis := .Values.engines.redis -}}
- name: REDIS_URL
  valueFrom:
    secretKeyRef:
      name: {{ required "engines.redis.existingSecret is required" $redis.existingSecret | quote }}
      key: {{ $redis.urlKey | quote }}
{{- end -}}

{{/* A Secret of the platform's keys as a variable. dict "root" $ "name" VARIABLE "key" KEY */}}
{{- define "vetlink.appSecretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ required "appSecrets.existingSecret is required" .root.Values.appSecrets.existingSecret | quote }}
      key: {{ .key | quote }}
{{- end -}}

{{/* The Kafka CA volume, when the brokers' CA is private. */}}
{{- define "vetlink.kafkaCaVolume" -}}
{{- $tls := .Values.engines.kafka.tls -}}
{{- if and $tls.enabled $tls.caSecret.name }}
- name: kafka-ca
  secret:
    secretName: {{ $tls.caSecret.name | quote }}
    items:
      - key: {{ $tls.caSecret.key | quote }}
        path: {{ $tls.caSecret.key | quote }}
{{- end }}
{{- end -}}

{{- define "vetlink.kafkaCaMount" -}}
{{- $tls := .Values.engines.kafka.tls -}}
{{- if and $tls.enabled $tls.caSecret.name }}
- name: kafka-ca
  mountPath: /etc/vetlink/kafka-ca
  readOnly: true
{{- end }}
{{- end -}}

{{/* Name/value pairs of a map, sorted, as EnvVars. */}}
{{- define "vetlink.plainEnv" -}}
{{- range $name, $value := . }}
- name: {{ $name }}
  value: {{ $value | toString | quote }}
{{- end }}
{{- end -}}

{{/* name=http://host:port of every enabled service but the gateway, for GATEWAY_UPSTREAMS. */}}
{{- define "vetlink.gatewayUpstreams" -}}
{{- $root := . -}}
{{- $pairs := list -}}
{{- range $name, $svc := .Values.services -}}
{{- if and $svc.enabled (ne $name "gateway") -}}
{{- $pairs = append $pairs (printf "%s=http://%s:%v" $name (include "vetlink.workloadName" (dict "root" $root "service" $name "role" "api")) $svc.port) -}}
{{- end -}}
{{- end -}}
{{- join "," $pairs -}}
{{- end -}}
