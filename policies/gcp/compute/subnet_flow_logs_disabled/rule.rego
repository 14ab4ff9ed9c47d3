# METADATA
# title: VPC subnet does not record flow logs
# description: >-
#   Without a log_config block, the subnet keeps no VPC flow logs, so there is no record of
#   which addresses its instances talked to when an incident or an exfiltration needs
#   tracing. Proxy-only and Private Service Connect subnets, which cannot have flow logs, are
#   not judged.
# custom:
#   id: PLB-GCP-COMPUTE-020
#   severity: low
#   types: [google_compute_subnetwork]
#   remediation: >-
#     Add log_config { aggregation_interval = "INTERVAL_5_SEC", flow_sampling = 0.5, metadata
#     = "INCLUDE_ALL_METADATA" } (tune sampling to cost) to the subnet.
#   controls:
#     nist-800-53: ["AU-12", "SI-4"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15", "A.8.16"]
package plumb.rules.gcp.compute.subnet_flow_logs_disabled

import rego.v1

deny contains {"msg": msg, "path": ["log_config"]} if {
	ordinary
	no_log_config
	msg := sprintf("subnet %s does not record VPC flow logs", [input.key])
}

# purpose defaults to PRIVATE; other purposes (proxy-only, PSC) cannot log flows.
ordinary if not input.attributes.purpose

ordinary if input.attributes.purpose in {"PRIVATE", "PRIVATE_RFC_1918"}

# Plans and state files report an argument that was not set as [] or "".
no_log_config if not input.attributes.log_config

no_log_config if input.attributes.log_config in {[], ""}
