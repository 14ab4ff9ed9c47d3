# METADATA
# title: Lambda function uses a deprecated runtime
# description: >-
#   AWS no longer applies security patches to a deprecated runtime's language version or
#   operating system, and later blocks creating and updating functions that use it. A
#   function on one keeps running on unpatched software. The list of runtimes is a parameter,
#   so it can be extended as AWS deprecates more.
# custom:
#   id: PLB-AWS-LAMBDA-006
#   severity: medium
#   types: [aws_lambda_function]
#   remediation: >-
#     Move the function to a supported runtime of the same language (for example python3.13,
#     nodejs22.x, java21, dotnet8, ruby3.4, provided.al2023) and test it there.
#   parameters:
#     deprecated_runtimes: [python2.7, python3.6, python3.7, python3.8, python3.9, nodejs, nodejs4.3, nodejs4.3-edge, nodejs6.10, nodejs8.10, nodejs10.x, nodejs12.x, nodejs14.x, nodejs16.x, nodejs18.x, java8, dotnetcore1.0, dotnetcore2.0, dotnetcore2.1, dotnetcore3.1, dotnet5.0, dotnet6, dotnet7, go1.x, ruby2.5, ruby2.7, ruby3.2, provided]
#   controls:
#     nist-800-53: ["SI-2", "SA-22"]
#     pci-dss: ["6.3.3"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.8"]
package plumb.rules.aws.lambda.deprecated_runtime

import rego.v1

default deprecated := set()

deprecated := {r | some r in data.plumb.params["PLB-AWS-LAMBDA-006"].deprecated_runtimes}

deny contains {"msg": msg, "path": ["runtime"]} if {
	runtime := input.attributes.runtime
	is_string(runtime)
	runtime in deprecated
	msg := sprintf("Lambda function %s uses the deprecated runtime %s", [input.key, runtime])
}
