{{/*
Every Deployment the chart makes, as a list of dicts {name, service, role, port, settings}, so that
Services, autoscalers, disruption budgets and network policies follow the same list as deployments.yaml.
*/}}
{{- define "vetlink.workloads" -}}
{{- $root := . -}}
{{- $workloads := list -}}
{{- range $name, $svc := .Values.services -}}
{{- if $svc.enabled -}}
{{- $roles := list "api" -}}
{{- if and $svc.worker $svc.worker.enabled -}}{{- $roles = append $roles "worker" -}}{{- end -}}
{{- range $role := $roles -}}
{{- $block := index $svc $role | default (dict) -}}
{{- $settings := include "vetlink.roleSettings" (dict "root" $root "role" $block) | fromYaml -}}
{{- $workloads = append $workloads (dict "name" (include "vetlink.workloadName" (dict "root" $root "service" $name "role" $role)) "service" $name "role" $role "port" $svc.port "engines" $svc.engines "extraEgressPorts" (default (list) $svc.extraEgressPorts) "settings" $settings) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- toYaml (dict "items" $workloads) -}}
{{- end -}}
