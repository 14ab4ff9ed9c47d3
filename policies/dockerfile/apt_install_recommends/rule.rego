# METADATA
# title: apt-get install pulls in recommended packages
# description: >-
#   Without --no-install-recommends, apt installs every package the requested ones merely
#   recommend: often documentation, extra tools and daemons the image never uses, each one
#   more thing to patch and to be exploited.
# custom:
#   id: PLB-DOCKER-007
#   severity: low
#   types: [dockerfile]
#   remediation: >-
#     Add --no-install-recommends to apt-get install (or -o APT::Install-Recommends=false)
#     and list explicitly the packages the image needs.
#   controls:
#     nist-800-53: ["CM-7"]
#   fix:
#     dockerfile: {op: add-flag, programs: [apt-get, apt], subcommand: install, flag: --no-install-recommends}
package plumb.rules.dockerfile.apt_install_recommends

import rego.v1

deny contains {"msg": msg, "path": ["stages", i, "run", j]} if {
	some i, stage in input.attributes.stages
	some j, run in stage.run
	some c in run.commands
	c.program in {"apt-get", "apt"}
	"install" in c.args
	not recommends_off(c)
	msg := sprintf("%s install without --no-install-recommends", [c.program])
}

recommends_off(c) if "--no-install-recommends" in c.args

recommends_off(c) if {
	some a in c.args
	regex.match(`(?i)^(-o)?APT::Install-Recommends=["']?(false|0|no|off)`, a)
}
