# METADATA
# title: Image declares no HEALTHCHECK
# description: >-
#   Without a HEALTHCHECK, Docker and Swarm consider a container healthy as long as its process
#   runs, so a hung or broken service keeps receiving traffic and is never restarted.
#   (Kubernetes ignores HEALTHCHECK and uses probes: for images deployed only there, declare
#   probes and accept this finding.)
# custom:
#   id: PLB-DOCKER-012
#   severity: low
#   types: [dockerfile]
#   remediation: >-
#     Add HEALTHCHECK CMD <a command that fails when the service is unhealthy> to the final
#     stage, or HEALTHCHECK NONE to record that the image is deliberately without one.
#   fix:
#     none: a health check is a command that knows the service; HEALTHCHECK NONE would only hide the finding
package plumb.rules.dockerfile.healthcheck_missing

import rego.v1

# Reported at the final stage's FROM line. A healthcheck set in a stage the final stage
# builds on counts.
deny contains {"msg": msg, "path": ["stages", f, "healthcheck"]} if {
	f := input.attributes.final_stage
	not input.attributes.stages[f].healthcheck
	msg := "the final stage declares no HEALTHCHECK"
}
