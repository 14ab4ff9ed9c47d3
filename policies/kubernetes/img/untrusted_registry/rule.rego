# METADATA
# title: Container image comes from a registry outside the trusted list
# description: >-
#   Images pulled from arbitrary registries bypass the scanning, signing and retention that
#   an organisation applies to its own, and a typo or a look-alike name pulls an attacker's
#   image. This rule compares each image's registry (Docker Hub, "docker.io", when the image
#   names none) with the trusted_registries parameter: entries are registry hosts
#   ("registry.example.com") or a host and path prefix ("ghcr.io/example-org"), matched by
#   whole path segments. The default list is empty, which turns the rule off: set the
#   parameter in .plumb.yaml (rules.PLB-K8S-IMG-003.params.trusted_registries) to use it.
# custom:
#   id: PLB-K8S-IMG-003
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Mirror the image into a trusted registry (and scan it there), or add its registry to
#     trusted_registries if it is one the organisation has approved.
#   parameters:
#     trusted_registries: []
#   controls:
#     nist-800-53: ["CM-7", "SR-3"]
#     soc2: ["CC8.1"]
#     iso-27001: ["A.8.19"]
package plumb.rules.kubernetes.img.untrusted_registry

import data.plumb.lib.kubernetes as k8s
import rego.v1

default trusted := []

trusted := t if {
	t := data.plumb.params["PLB-K8S-IMG-003"].trusted_registries
	is_array(t)
}

deny contains {"msg": msg, "path": array.concat(e.path, ["image"])} if {
	count(trusted) > 0
	some e in k8s.containers
	image := e.container.image
	is_string(image)
	not k8s.image_trusted(image, trusted)
	msg := sprintf("%s: %s pulls %s from %s, which is not a trusted registry", [input.key, k8s.container_label(e), image, k8s.image_registry(image)])
}
