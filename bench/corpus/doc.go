// Package corpus generates a synthetic but realistic Terraform repository for end-to-end
// benchmarks: many root stacks, each with its own local modules (bucket, network,
// security_group, service, database, kms, audit), called with for_each over maps from
// terraform.tfvars, with count, and from one another. The resources cover the services the
// built-in rules read (S3 with split and inline configuration, security groups in all four
// rule forms, EC2, EBS, IAM with jsonencode policies, RDS, KMS, CloudTrail, Lambda,
// DynamoDB, ECR, load balancers), each setting drawn secure or insecure so rules fire.
//
// Invariants: the output depends only on Options (same seed, same bytes); every count and
// for_each is decided by literal tfvars values, so the number of canonical resources a
// scan reports is known in advance (Stats.Resources); no file holds a whole corpus.
//
// It imports only the standard library, so `go run ./bench/gen` builds nothing else.
package corpus
