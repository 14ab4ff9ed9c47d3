# METADATA
# title: Container image uses the latest tag or no tag
# description: >-
#   An image given without a tag means ":latest", and latest moves with every push: two nodes
#   can run different code under the same manifest, a rollback redeploys whatever latest is
#   now, and nothing records which build was reviewed and scanned. An image pinned by digest
#   is not reported, whatever its tag.
# custom:
#   id: PLB-K8S-IMG-001
#   severity: medium
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Reference a specific version tag (for example registry.example.com/app:1.4.2), better a
#     digest (app@sha256:...), and update it through your release process.
#   controls:
#     nist-800-53: ["CM-2", "CM-14"]
#     soc2: ["CC8.1"]
#     iso-27001: ["A.8.32"]
package plumb.rules.kubernetes.img.latest_tag

import data.plumb.lib.kubernetes as k8s
import rego.v1

deny contains {"msg": msg, "path": array.concat(e.path, ["image"])} if {
	some e in k8s.containers
	image := e.container.image
	is_string(image)
	k8s.image_digest(image) == ""
	tag := k8s.image_tag(image)
	tag in {"", "latest"}
	msg := sprintf("%s: %s runs %s, which resolves to whatever \"latest\" is at pull time", [input.key, k8s.container_label(e), image])
}
