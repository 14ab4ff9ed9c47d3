// Package aws collects the live state of an AWS account with aws-sdk-go-v2 and returns it as
// canonical resources: the same types and attribute shapes the Terraform loader and the
// adapters produce (docs/canonical-model.md), so that every AWS rule judges a live bucket
// exactly as it judges the Terraform that declares it. docs/live-aws.md lists what is read.
//
// Credentials, profile and region come from the SDK's default chain (environment, shared
// files, SSO, instance metadata); Options.Endpoint or AWS_ENDPOINT_URL points every service
// at a local target such as moto, and S3 then uses path-style addressing. Collect reads
// every region asked for, identifies the account with STS, and names each region's state by
// its scope, aws:ACCOUNT/REGION (store.Scope), which becomes the resources' Root. Global
// services (IAM) belong to the first region's scope; a bucket belongs to its own region's.
//
// Keys are the provider's ids: the ARN where the resource has one, otherwise a live id,
// aws://ACCOUNT/REGION/TYPE/ID, whose ID is Terraform's import id. Each resource has one
// Location, at the empty path: its live id in angle brackets, <aws://...>, with no line.
// Resources come out canonical: they must not be passed through adapt.Canonical again.
// A Reverter writes a changed bucket's or security group's baseline configuration back for
// enforcement (revert.go; docs/enforcement.md); it creates and deletes nothing.
//
// Invariants:
//   - A service that refuses the caller (access denied) or that the endpoint does not
//     implement is reported as a warning diagnostic and skipped; the rest is collected. The
//     canonical types it would have produced are listed in Snapshot.Partial, so later code
//     never reads their absence as "removed".
//   - A value that could not be read (one bucket's policy denied) is Unknown, never guessed
//     and never left out, so a rule that needs it does not fire.
//   - Throttling is retried by the SDK's standard retryer with exponential backoff.
//   - Secret values are never read: no instance user data, no access key secrets.
//
// It imports resource and store (for Scope) only; it knows nothing of policies or findings.
package aws
