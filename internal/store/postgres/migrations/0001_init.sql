-- Plumb's store, PostgreSQL form. Documents (resources, rules, skipped checks,
-- diagnostics, drift changes, audit before/after) are json, not jsonb: json keeps the text
-- exactly as internal/store's codec wrote it (an int64 "5" and a float64 "5.0" stay apart,
-- as do key order and -0), and reads need nothing more. Cast to jsonb to query them.
-- A scope is its written form (kubernetes:prod/payments), '' for an IaC scan.

CREATE TABLE scans (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope          text        NOT NULL,
    source         text        NOT NULL,
    started        timestamptz NOT NULL,
    finished       timestamptz NOT NULL,
    resource_count integer     NOT NULL,
    finding_count  integer     NOT NULL,
    open_counts    json        NOT NULL, -- {"critical":2,...}: open findings by severity
    skipped        json        NOT NULL,
    diagnostics    json        NOT NULL
);
CREATE INDEX scans_by_scope ON scans (scope, started);
CREATE INDEX scans_by_start ON scans (started);

CREATE TABLE scan_resources (
    scan_id bigint  NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    seq     integer NOT NULL,
    key     text    NOT NULL,
    type    text    NOT NULL,
    doc     json    NOT NULL,
    PRIMARY KEY (scan_id, seq)
);

-- The rules a scan's findings came from, each once per scan.
CREATE TABLE scan_rules (
    scan_id bigint NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    rule_id text   NOT NULL,
    doc     json   NOT NULL,
    PRIMARY KEY (scan_id, rule_id)
);

CREATE TABLE findings (
    scan_id       bigint  NOT NULL,
    seq           integer NOT NULL,
    rule_id       text    NOT NULL,
    severity      text    NOT NULL,
    status        text    NOT NULL,
    resource_key  text    NOT NULL,
    resource_type text    NOT NULL,
    module        text    NOT NULL,
    origin        text    NOT NULL,
    path          json    NOT NULL,
    message       text    NOT NULL,
    location      json    NOT NULL,
    reason        text    NOT NULL,
    in_source     boolean NOT NULL,
    fingerprint   text    NOT NULL,
    PRIMARY KEY (scan_id, seq),
    FOREIGN KEY (scan_id, rule_id) REFERENCES scan_rules (scan_id, rule_id) ON DELETE CASCADE
);
CREATE INDEX findings_by_fingerprint ON findings (fingerprint);

CREATE TABLE baselines (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope          text        NOT NULL,
    created        timestamptz NOT NULL,
    approved_by    text        NOT NULL,
    note           text        NOT NULL,
    supersedes     bigint REFERENCES baselines (id),
    resource_count integer     NOT NULL
);
CREATE INDEX baselines_by_scope ON baselines (scope, id);

CREATE TABLE baseline_resources (
    baseline_id bigint  NOT NULL REFERENCES baselines (id),
    seq         integer NOT NULL,
    key         text    NOT NULL,
    type        text    NOT NULL,
    doc         json    NOT NULL,
    PRIMARY KEY (baseline_id, seq)
);

CREATE TABLE drift_runs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope       text        NOT NULL,
    baseline_id bigint REFERENCES baselines (id),
    scan_id     bigint REFERENCES scans (id) ON DELETE SET NULL,
    at          timestamptz NOT NULL,
    entry_count integer     NOT NULL
);
CREATE INDEX drift_runs_by_scope ON drift_runs (scope, at);
CREATE INDEX drift_runs_by_time ON drift_runs (at);

CREATE TABLE drift_entries (
    run_id  bigint  NOT NULL REFERENCES drift_runs (id) ON DELETE CASCADE,
    seq     integer NOT NULL,
    key     text    NOT NULL,
    type    text    NOT NULL,
    kind    text    NOT NULL CHECK (kind IN ('added', 'removed', 'changed')),
    verdict text    NOT NULL CHECK (verdict IN ('benign', 'risky')),
    rules   json    NOT NULL,
    changes json    NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE enforcement (
    scope      text PRIMARY KEY,
    mode       text        NOT NULL CHECK (mode IN ('off', 'risky', 'all')),
    paused     boolean     NOT NULL,
    reason     text        NOT NULL,
    updated_by text        NOT NULL,
    updated    timestamptz NOT NULL
);

CREATE TABLE audit (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at     timestamptz NOT NULL,
    actor  text        NOT NULL,
    scope  text        NOT NULL,
    action text        NOT NULL,
    target text        NOT NULL,
    before json,
    after  json,
    reason text        NOT NULL
);
CREATE INDEX audit_by_scope ON audit (scope, at);
CREATE INDEX audit_by_time ON audit (at);

-- Baselines and the audit log are append-only.
CREATE FUNCTION plumb_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER baselines_append_only BEFORE UPDATE OR DELETE ON baselines
    FOR EACH ROW EXECUTE FUNCTION plumb_append_only();
CREATE TRIGGER baselines_no_truncate BEFORE TRUNCATE ON baselines
    FOR EACH STATEMENT EXECUTE FUNCTION plumb_append_only();
CREATE TRIGGER baseline_resources_append_only BEFORE UPDATE OR DELETE ON baseline_resources
    FOR EACH ROW EXECUTE FUNCTION plumb_append_only();
CREATE TRIGGER baseline_resources_no_truncate BEFORE TRUNCATE ON baseline_resources
    FOR EACH STATEMENT EXECUTE FUNCTION plumb_append_only();
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION plumb_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION plumb_append_only();
