# METADATA
# title: Image pulled by tag without imagePullPolicy Always
# description: >-
#   With imagePullPolicy IfNotPresent (the default for any tag but latest) or Never, a node
#   runs whatever image it cached under the tag: after the tag is moved, nodes disagree on what
#   runs, and on a shared node a pod can start a private image another pod pulled without
#   having the credentials for it. Images pinned by digest are not reported: the digest
#   already names one image.
# custom:
#   id: PLB-K8S-IMG-004
#   severity: low
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Pin the image by digest, or set imagePullPolicy: Always (and enable the AlwaysPullImages
#     admission plugin on multi-tenant clusters).
#   controls:
#     nist-800-53: ["CM-14", "AC-3"]
#     iso-27001: ["A.8.32"]
package plumb.rules.kubernetes.img.pull_policy_not_always

import data.plumb.lib.kubernetes as k8s
import rego.v1

# Explicit IfNotPresent or Never.
deny contains {"msg": msg, "path": array.concat(e.path, ["imagePullPolicy"])} if {
	some e in k8s.containers
	image := e.container.image
	is_string(image)
	k8s.image_digest(image) == ""
	policy := e.container.imagePullPolicy
	policy in {"IfNotPresent", "Never"}
	msg := sprintf("%s: %s pulls %s by tag with imagePullPolicy %s", [input.key, k8s.container_label(e), image, policy])
}

# No policy: Kubernetes picks IfNotPresent for any tag but latest.
deny contains {"msg": msg, "path": array.concat(e.path, ["imagePullPolicy"])} if {
	some e in k8s.containers
	image := e.container.image
	is_string(image)
	k8s.image_digest(image) == ""
	not has_policy(e.container)
	not k8s.image_tag(image) in {"", "latest"}
	msg := sprintf("%s: %s pulls %s by tag and defaults to imagePullPolicy IfNotPresent", [input.key, k8s.container_label(e), image])
}

has_policy(c) if c.imagePullPolicy != null
