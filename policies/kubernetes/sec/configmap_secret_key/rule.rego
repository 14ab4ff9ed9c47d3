# METADATA
# title: ConfigMap holds a key named like a credential
# description: >-
#   A ConfigMap key named like a password, token, secret or key suggests a credential stored
#   in a ConfigMap. ConfigMaps are not encrypted at rest by the API server's secret
#   encryption, are readable by the many roles that may read configuration, and are printed
#   freely by tools. Plumb never reads ConfigMap values: the rule judges the key's name.
# custom:
#   id: PLB-K8S-SEC-003
#   severity: medium
#   types: [ConfigMap]
#   remediation: >-
#     Move the value into a Secret (or an external secret manager) and rotate it; keep only
#     non-sensitive settings in the ConfigMap.
#   controls:
#     nist-800-53: ["IA-5", "SC-28"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
package plumb.rules.kubernetes.sec.configmap_secret_key

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": [field, key]} if {
	some field in ["data", "binaryData"]
	entries := input.attributes[field]
	is_object(entries)
	some key, _ in entries
	k8s.secret_like_name(key)
	msg := sprintf("%s has a key %q that looks like a credential", [input.key, key])
}
