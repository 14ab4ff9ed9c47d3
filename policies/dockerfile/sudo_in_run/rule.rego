# METADATA
# title: RUN uses sudo
# description: >-
#   Build steps already run as the stage's USER; sudo in a RUN means the image ships sudo and a
#   user allowed to use it, so anything running as that user in a container can become root.
#   It also makes the build depend on sudo's configuration instead of on USER.
# custom:
#   id: PLB-DOCKER-009
#   severity: medium
#   types: [dockerfile]
#   remediation: >-
#     Run privileged steps under USER root and switch to the unprivileged user afterwards;
#     do not install sudo in the image. To drop privileges at run time use gosu or su-exec.
#   controls:
#     nist-800-53: ["AC-6"]
#     iso-27001: ["A.8.2"]
#   fix:
#     none: dropping sudo needs the step to run under USER root and the user restored after it, which depends on the image's users
package plumb.rules.dockerfile.sudo_in_run

import rego.v1

deny contains {"msg": msg, "path": ["stages", i, "run", j]} if {
	some i, stage in input.attributes.stages
	some j, run in stage.run
	some c in run.commands
	uses_sudo(c)
	msg := "RUN uses sudo: run the step as USER root instead"
}

uses_sudo(c) if "sudo" in c.wrappers

uses_sudo(c) if c.program == "sudo"
