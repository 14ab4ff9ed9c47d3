# METADATA
# title: SageMaker notebook instance gives users root access
# description: >-
#   root_access defaults to Enabled, so every notebook user can become root on the
#   instance: install anything, read other users' files and the instance role's
#   credentials, and change its configuration.
# custom:
#   id: PLB-AWS-SAGEMAKER-002
#   severity: low
#   types: [aws_sagemaker_notebook_instance]
#   remediation: >-
#     Set root_access = "Disabled" on the aws_sagemaker_notebook_instance; install
#     packages with a lifecycle configuration instead.
#   controls:
#     nist-800-53: ["AC-6", "AC-6(2)"]
#     pci-dss: ["7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
#   fix:
#     set: {path: [root_access], value: "Disabled"}
package plumb.rules.aws.sagemaker.notebook_root_access

import rego.v1

root_set if _ = input.attributes.root_access

deny contains {"msg": msg, "path": []} if {
	not root_set
	msg := sprintf("notebook instance %s gives its users root access (the default)", [input.key])
}

deny contains {"msg": msg, "path": ["root_access"]} if {
	input.attributes.root_access == "Enabled"
	msg := sprintf("notebook instance %s gives its users root access", [input.key])
}
