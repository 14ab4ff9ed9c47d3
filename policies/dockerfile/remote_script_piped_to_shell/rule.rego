# METADATA
# title: RUN executes a script downloaded on the fly
# description: >-
#   curl … | sh (or wget -O- … | bash, sh -c "$(curl …)", bash <(curl …)) runs whatever the
#   server sends, unread and unverified, with the build's privileges. A compromised server or
#   a changed script changes the image without any change to the Dockerfile, and a download
#   cut short can run half a script.
# custom:
#   id: PLB-DOCKER-006
#   severity: high
#   types: [dockerfile]
#   remediation: >-
#     Download the script (or better, a released package) to a file, verify its checksum or
#     signature (sha256sum -c, gpg --verify), then run it; or install the tool from the
#     distribution's package manager.
#   controls:
#     nist-800-53: ["SI-7", "CM-14"]
#     soc2: ["CC8.1"]
#     iso-27001: ["A.8.9"]
#   fix:
#     none: verifying the script needs its checksum or signature, which only its publisher gives
package plumb.rules.dockerfile.remote_script_piped_to_shell

import rego.v1

import data.plumb.lib.dockerfile as df

downloaders := {"curl", "wget"}

msg := "RUN runs a script downloaded with curl or wget without verifying it"

# curl … | sh
deny contains {"msg": msg, "path": ["stages", i, "run", j]} if {
	some i, stage in input.attributes.stages
	some j, run in stage.run
	some fetch in run.commands
	fetch.program in downloaders
	some exec in run.commands
	exec.pipeline == fetch.pipeline
	exec.position > fetch.position
	df.interpreter(exec.program)
}

# sh -c "$(curl …)", bash <(curl …)
deny contains {"msg": msg, "path": ["stages", i, "run", j]} if {
	some i, stage in input.attributes.stages
	some j, run in stage.run
	some exec in run.commands
	df.interpreter(exec.program)
	some arg in exec.args
	regex.match("(\\$\\(|<\\(|`)\\s*(curl|wget)\\s", arg)
}
