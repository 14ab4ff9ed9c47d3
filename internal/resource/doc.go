// Package resource defines the canonical resource: the one shape every source (Terraform,
// CloudFormation, manifests, live APIs) is turned into before a policy sees it.
//
// A Resource has a Key (its stable identity in its source, such as a Terraform address
// "module.net.aws_security_group.web[0]"), a canonical Type ("aws_s3_bucket"), an Attributes
// tree of JSON-compatible values (map[string]any, []any, string, json.Number-free float64/int64,
// bool, nil and Unknown), a Location for every attribute path that a source set, its Origin and
// its References to other resources.
//
// Invariants:
//   - Values are immutable once an adapter has returned them; callers copy before changing.
//   - Unknown is a value, not an absence: an attribute whose value cannot be known before apply
//     (a variable with no value, a data source, a computed attribute) is present and holds
//     Unknown. An attribute that is absent was not set by the source.
//   - Paths are the attribute tree's keys and list indexes, written with Path.String as
//     dot-separated segments ("ingress.0.cidr_blocks.1").
//
// This package imports nothing of Plumb's; every other package may import it.
package resource
