# METADATA
# title: ECS task mounts an EFS file system without encryption in transit
# description: >-
#   transit_encryption defaults to DISABLED: the task reads and writes the file system's data
#   over plain NFS, readable by anything that can observe the network path.
# custom:
#   id: PLB-AWS-ECS-008
#   severity: medium
#   types: [aws_ecs_task_definition]
#   remediation: >-
#     Set transit_encryption = "ENABLED" in the volume's efs_volume_configuration (and use
#     an access point with IAM authorization).
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.ecs.efs_volume_transit_unencrypted

import rego.v1

deny contains {"msg": msg, "path": ["volume", i, "efs_volume_configuration", j, "transit_encryption"]} if {
	some i, volume in input.attributes.volume
	some j, efs in volume.efs_volume_configuration
	not efs.transit_encryption == "ENABLED"
	msg := sprintf("task definition %s mounts EFS volume %v without encryption in transit", [input.key, label([sprintf("%v", [n]) | n := volume.name], i)])
}

# label names a block for messages from one of its attributes, falling back to its index.
# Only that attribute is read, so an unknown value elsewhere in the block does not concern
# the rule.
label(values, _) := values[0] if count(values) > 0

label(values, i) := sprintf("%d", [i]) if count(values) == 0
