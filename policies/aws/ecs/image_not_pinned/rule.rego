# METADATA
# title: ECS container image is not pinned to a version
# description: >-
#   An image referenced without a tag, or by "latest", resolves to whatever was pushed last
#   each time a task starts: an untested or tampered image reaches production on the next
#   scaling event, and two tasks of one revision can run different code.
# custom:
#   id: PLB-AWS-ECS-014
#   severity: low
#   types: [aws_ecs_task_definition]
#   remediation: >-
#     Reference the image by an immutable version tag (with tag immutability on the
#     repository) or by digest (image@sha256:...).
#   controls:
#     nist-800-53: ["CM-2", "CM-14", "SI-7"]
#     pci-dss: ["6.5.1"]
#     soc2: ["CC8.1"]
#     iso-27001: ["A.8.9", "A.8.32"]
package plumb.rules.aws.ecs.image_not_pinned

import rego.v1

import data.plumb.lib.aws

deny contains {"msg": msg, "path": ["container_definitions", i, "image"]} if {
	some i, c in aws.ecs_containers(input.attributes.container_definitions)
	is_string(c.image)
	not contains(c.image, "@")
	tag := image_tag(c.image)
	tag in {"", "latest"}
	msg := sprintf("task definition %s runs container %s from %s, which is not pinned to a version", [input.key, aws.ecs_name(c), c.image])
}

# The tag follows the last ":" after the last "/" (a ":" before it belongs to a registry port).
image_tag(image) := tag if {
	parts := split(image, "/")
	last := parts[count(parts) - 1]
	contains(last, ":")
	pieces := split(last, ":")
	tag := pieces[count(pieces) - 1]
} else := ""
