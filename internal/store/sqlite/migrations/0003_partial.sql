-- A baseline or a drift run may have been taken of a partial snapshot (a kind the
-- credentials may not list, a service that refused): the types it lacks, as a JSON list
-- (null for none), so that drift never reads their absence as "removed" or "added".
ALTER TABLE baselines ADD COLUMN partial TEXT NOT NULL DEFAULT 'null';
ALTER TABLE drift_runs ADD COLUMN partial TEXT NOT NULL DEFAULT 'null';
