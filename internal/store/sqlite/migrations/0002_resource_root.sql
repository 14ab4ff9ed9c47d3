-- Keys are unique only within a resource's Root (two stacks may both declare
-- aws_s3_bucket.logs), so a finding records the Root of its resource too.
ALTER TABLE findings ADD COLUMN resource_root TEXT NOT NULL DEFAULT '';
