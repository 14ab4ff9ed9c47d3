# METADATA
# title: Test instance type is not allowed
# custom:
#   id: TEST-EC2-001
#   severity: low
#   types: [aws_instance, aws_launch_template]
#   parameters:
#     allowed_types: [t3.micro]
package test.rules.instance_type

params := data.plumb.params["TEST-EC2-001"]

# A plain string message: the finding is about the resource as a whole.
deny contains sprintf("instance type %s is not allowed", [t]) if {
	t := input.attributes.instance_type
	not t in params.allowed_types
}
