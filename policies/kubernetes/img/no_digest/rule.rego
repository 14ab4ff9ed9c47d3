# METADATA
# title: Container image is not pinned by digest
# description: >-
#   Tags are mutable: whoever can push to the repository (or compromise it) can move a version
#   tag to another image, and the next pod start runs it. A digest (image@sha256:...) names
#   one image for good, so what runs is what was built, signed and scanned.
# custom:
#   id: PLB-K8S-IMG-002
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Reference the image by digest, keeping the tag for readers
#     (registry.example.com/app:1.4.2@sha256:...); let a bot such as Renovate update digests.
#   controls:
#     nist-800-53: ["SI-7", "CM-14"]
#     soc2: ["CC8.1"]
#     iso-27001: ["A.8.32"]
package plumb.rules.kubernetes.img.no_digest

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["image"])} if {
	some e in k8s.containers
	image := e.container.image
	is_string(image)
	k8s.image_digest(image) == ""
	msg := sprintf("%s: %s references %s by tag, not by digest", [input.key, k8s.container_label(e), image])
}
