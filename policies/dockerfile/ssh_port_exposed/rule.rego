# METADATA
# title: Image exposes the SSH port
# description: >-
#   EXPOSE 22 says the container runs an SSH server. A container is not a machine to log into:
#   sshd adds a daemon, host keys and credentials to the image, and a way in that bypasses the
#   orchestrator's access control and audit (kubectl exec, docker exec).
# custom:
#   id: PLB-DOCKER-011
#   severity: medium
#   types: [dockerfile]
#   remediation: Remove sshd and EXPOSE 22; use docker exec or kubectl exec (or a debug container) to get a shell.
#   controls:
#     nist-800-53: ["CM-7"]
#     pci-dss: ["2.2.4"]
#   fix:
#     none: removing EXPOSE 22 alone would hide the SSH server, which has to be removed from the image by hand
package plumb.rules.dockerfile.ssh_port_exposed

import rego.v1

import data.plumb.lib.dockerfile as df

deny contains {"msg": msg, "path": ["stages", i, "expose", j]} if {
	some i, stage in input.attributes.stages
	some j, p in stage.expose
	p.protocol == "tcp"
	is_number(p.port)
	p.port <= 22
	22 <= object.get(p, "end_port", p.port)
	msg := sprintf("%s exposes port 22 (SSH)", [df.stage_label(stage)])
}
