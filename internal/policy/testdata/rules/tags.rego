# METADATA
# title: Test required tags are missing
# custom:
#   id: TEST-TAG-001
#   severity: info
#   types: ["*"]
#   parameters:
#     required_tags: [owner]
#     prefix: missing tag
package test.rules.tags

params := data.plumb.params["TEST-TAG-001"]

deny contains {"msg": sprintf("%s %s", [params.prefix, tag]), "path": ["tags"]} if {
	some tag in params.required_tags
	not input.attributes.tags[tag]
}
