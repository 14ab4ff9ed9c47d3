-- What triage and ranking added to a finding beyond its status: the waiver that matched it
-- (in force or expired) and the breach path it lies on, as one JSON object ('null' for
-- none), so that a stored scan reads back as the report showed it.
ALTER TABLE findings ADD COLUMN triage TEXT NOT NULL DEFAULT 'null';
