# Helpers for the ECS rules: the container definitions of a task definition, whatever form
# they were written in. Every name starts with ecs_ because other files share this package.
#
# Rules pass the attribute itself (input.attributes.container_definitions), never the whole
# attribute tree, so that the engine sees exactly which paths a rule reads when it weighs
# unknown values.
package plumb.lib.aws

import rego.v1

# ecs_containers(x) is the list of container definitions held by a task definition's
# container_definitions: a JSON string (jsonencode of known values, a heredoc, a file) is
# parsed; a list (jsonencode of a value with unknown leaves, or a source that gives the
# structure) is taken as it is. Anything else (an unknown or malformed value) gives [].
ecs_containers(x) := x if {
	is_array(x)
} else := parsed if {
	is_string(x)
	parsed := json.unmarshal(x)
	is_array(parsed)
} else := []

# ecs_name(c) names a container definition for messages.
ecs_name(c) := c.name if is_string(c.name)

default ecs_name(_) := "(unnamed)"
