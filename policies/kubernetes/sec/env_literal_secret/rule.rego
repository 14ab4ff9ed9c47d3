# METADATA
# title: Credential written as a literal environment variable
# description: >-
#   An environment variable whose name says it holds a credential (a password, token, secret
#   or key) is given a literal value in the manifest. The credential is then in the
#   repository's history, in every rendered copy of the manifest, and readable by anyone who
#   can read the workload object, which is many more people than can read Secrets. The
#   finding never repeats the value.
# custom:
#   id: PLB-K8S-SEC-001
#   severity: high
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Rotate the credential, store it in a Secret (or an external secret manager synced to
#     one) and reference it with valueFrom.secretKeyRef, or better mount it as a file.
#   controls:
#     nist-800-53: ["IA-5", "SC-28"]
#     pci-dss: ["8.3.2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
package plumb.rules.kubernetes.sec.env_literal_secret

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["env", j, "value"])} if {
	some e in k8s.containers
	some j, var in e.container.env
	is_string(var.name)
	k8s.secret_like_name(var.name)
	literal(var.value)
	msg := sprintf("%s: %s sets %s to a literal value; credentials belong in a Secret", [input.key, k8s.container_label(e), var.name])
}

literal(v) if {
	is_string(v)
	trim_space(v) != ""
	not regex.match(`^\$\([A-Za-z_][A-Za-z0-9_]*\)$`, v)
}

literal(v) if is_number(v)
