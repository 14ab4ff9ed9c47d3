-- Plumb's store, SQLite form. Times are INTEGER microseconds since the Unix epoch, UTC
-- (columns named *_us). Documents (resources, rules, skipped checks, diagnostics, drift
-- changes, audit before/after) are JSON text in the form internal/store's codec writes.
-- A scope is its written form (kubernetes:prod/payments), '' for an IaC scan.

CREATE TABLE scans (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    scope          TEXT    NOT NULL,
    source         TEXT    NOT NULL,
    started_us     INTEGER NOT NULL,
    finished_us    INTEGER NOT NULL,
    resource_count INTEGER NOT NULL,
    finding_count  INTEGER NOT NULL,
    open_counts    TEXT    NOT NULL, -- {"critical":2,...}: open findings by severity
    skipped        TEXT    NOT NULL,
    diagnostics    TEXT    NOT NULL
);
CREATE INDEX scans_by_scope ON scans (scope, started_us);
CREATE INDEX scans_by_start ON scans (started_us);

CREATE TABLE scan_resources (
    scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    key     TEXT    NOT NULL,
    type    TEXT    NOT NULL,
    doc     TEXT    NOT NULL,
    PRIMARY KEY (scan_id, seq)
);

-- The rules a scan's findings came from, each once per scan.
CREATE TABLE scan_rules (
    scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    rule_id TEXT    NOT NULL,
    doc     TEXT    NOT NULL,
    PRIMARY KEY (scan_id, rule_id)
);

CREATE TABLE findings (
    scan_id       INTEGER NOT NULL,
    seq           INTEGER NOT NULL,
    rule_id       TEXT    NOT NULL,
    severity      TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    resource_key  TEXT    NOT NULL,
    resource_type TEXT    NOT NULL,
    module        TEXT    NOT NULL,
    origin        TEXT    NOT NULL,
    path          TEXT    NOT NULL,
    message       TEXT    NOT NULL,
    location      TEXT    NOT NULL,
    reason        TEXT    NOT NULL,
    in_source     INTEGER NOT NULL,
    fingerprint   TEXT    NOT NULL,
    PRIMARY KEY (scan_id, seq),
    FOREIGN KEY (scan_id, rule_id) REFERENCES scan_rules (scan_id, rule_id) ON DELETE CASCADE
);
CREATE INDEX findings_by_fingerprint ON findings (fingerprint);

CREATE TABLE baselines (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    scope          TEXT    NOT NULL,
    created_us     INTEGER NOT NULL,
    approved_by    TEXT    NOT NULL,
    note           TEXT    NOT NULL,
    supersedes     INTEGER REFERENCES baselines (id),
    resource_count INTEGER NOT NULL
);
CREATE INDEX baselines_by_scope ON baselines (scope, id);

CREATE TABLE baseline_resources (
    baseline_id INTEGER NOT NULL REFERENCES baselines (id),
    seq         INTEGER NOT NULL,
    key         TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    doc         TEXT    NOT NULL,
    PRIMARY KEY (baseline_id, seq)
);

CREATE TABLE drift_runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    scope       TEXT    NOT NULL,
    baseline_id INTEGER REFERENCES baselines (id),
    scan_id     INTEGER REFERENCES scans (id) ON DELETE SET NULL,
    at_us       INTEGER NOT NULL,
    entry_count INTEGER NOT NULL
);
CREATE INDEX drift_runs_by_scope ON drift_runs (scope, at_us);
CREATE INDEX drift_runs_by_time ON drift_runs (at_us);

CREATE TABLE drift_entries (
    run_id  INTEGER NOT NULL REFERENCES drift_runs (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    key     TEXT    NOT NULL,
    type    TEXT    NOT NULL,
    kind    TEXT    NOT NULL CHECK (kind IN ('added', 'removed', 'changed')),
    verdict TEXT    NOT NULL CHECK (verdict IN ('benign', 'risky')),
    rules   TEXT    NOT NULL,
    changes TEXT    NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE enforcement (
    scope      TEXT    PRIMARY KEY,
    mode       TEXT    NOT NULL CHECK (mode IN ('off', 'risky', 'all')),
    paused     INTEGER NOT NULL,
    reason     TEXT    NOT NULL,
    updated_by TEXT    NOT NULL,
    updated_us INTEGER NOT NULL
);

CREATE TABLE audit (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    at_us  INTEGER NOT NULL,
    actor  TEXT    NOT NULL,
    scope  TEXT    NOT NULL,
    action TEXT    NOT NULL,
    target TEXT    NOT NULL,
    before TEXT,
    after  TEXT,
    reason TEXT    NOT NULL
);
CREATE INDEX audit_by_scope ON audit (scope, at_us);
CREATE INDEX audit_by_time ON audit (at_us);

-- Baselines and the audit log are append-only.
CREATE TRIGGER baselines_append_only_update BEFORE UPDATE ON baselines
BEGIN SELECT RAISE(ABORT, 'baselines are append-only'); END;
CREATE TRIGGER baselines_append_only_delete BEFORE DELETE ON baselines
BEGIN SELECT RAISE(ABORT, 'baselines are append-only'); END;
CREATE TRIGGER baseline_resources_append_only_update BEFORE UPDATE ON baseline_resources
BEGIN SELECT RAISE(ABORT, 'baselines are append-only'); END;
CREATE TRIGGER baseline_resources_append_only_delete BEFORE DELETE ON baseline_resources
BEGIN SELECT RAISE(ABORT, 'baselines are append-only'); END;
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
