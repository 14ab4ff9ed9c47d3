package fix_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/fix"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
	"github.com/plumbsec/plumb/internal/store"
)

const driftTF = `variable "owner" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "fd-data"
  tags = {
    team  = "a" # who pays
    owner = var.owner
    cost  = "${var.owner}-c"
    tier  = 2
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "fd-logs"
  acl    = "private"
}
`

const driftVars = "owner = \"ops\" # set per env\n"

func change(path string, before, after any) store.Change {
	return store.Change{Path: resource.ParsePath(path), Before: before, After: after}
}

func entry(key, typ string, kind store.DriftKind, verdict store.Verdict, changes ...store.Change) fix.DriftEntry {
	var e fix.DriftEntry
	e.Key, e.Type, e.Kind, e.Verdict, e.Changes = key, typ, kind, verdict, changes
	return e
}

// TestFixFromDriftPlan: each live value of benign drift is written where the IaC sets it
// (the object literal's item, the tfvars line a variable came from), every other byte
// kept; a value computed by an expression, a value removed live, a value the IaC no longer
// holds, risky drift and added resources are not written, each with its reason.
func TestFixFromDriftPlan(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{"main.tf": driftTF, "terraform.tfvars": driftVars} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	loaded, err := scan.Resources(context.Background(), scan.Options{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	risky := entry("arn:aws:s3:::fd-logs", "aws_s3_bucket", store.Changed, store.Risky, change("acl", "private", "public-read"))
	risky.Rules = []string{"PLB-AWS-S3-002"}
	entries := []fix.DriftEntry{
		entry("arn:aws:s3:::fd-data", "aws_s3_bucket", store.Changed, store.Benign,
			change("tags.team", "a", "b"),
			change("tags.owner", "ops", "platform"),
			change("tags.cost", "ops-c", "x-c"),
			change("tags.tier", 2.0, 3.0),
		),
		entry("arn:aws:s3:::fd-logs", "aws_s3_bucket", store.Changed, store.Benign, change("bucket", "fd-old", "fd-new")),
		risky,
		entry("arn:aws:s3:::elsewhere", "aws_s3_bucket", store.Added, store.Benign),
		entry("arn:aws:s3:::fd-missing", "aws_s3_bucket", store.Changed, store.Benign, change("tags.team", "a", "b")),
	}
	edits, notes := fix.PlanDrift(entries, loaded.Resources, dir)
	got := map[string]string{}
	for _, e := range edits {
		got[e.File] = string(e.New)
		if string(e.Old) != map[string]string{"main.tf": driftTF, "terraform.tfvars": driftVars}[e.File] {
			t.Errorf("%s: Old is not the file's content", e.File)
		}
	}
	wantTF := strings.NewReplacer(`team  = "a"`, `team  = "b"`, `tier  = 2`, `tier  = 3`).Replace(driftTF)
	if got["main.tf"] != wantTF {
		t.Errorf("main.tf:\n%s\nwant:\n%s", got["main.tf"], wantTF)
	}
	if want := "owner = \"platform\" # set per env\n"; got["terraform.tfvars"] != want {
		t.Errorf("terraform.tfvars: %q, want %q", got["terraform.tfvars"], want)
	}
	if len(edits) != 2 {
		t.Errorf("%d edits, want main.tf and terraform.tfvars", len(edits))
	}
	reasons := map[string]string{}
	for _, n := range notes {
		reasons[n.Key+" "+n.Path.String()] = n.Reason
	}
	for key, want := range map[string]string{
		"arn:aws:s3:::fd-data tags.cost": "not written as a literal",
		"arn:aws:s3:::fd-logs bucket":    `the IaC holds "fd-logs", not "fd-old"`,
		"arn:aws:s3:::fd-logs ":          "risky drift (breaks PLB-AWS-S3-002): revert it instead",
		"arn:aws:s3:::elsewhere ":        "exists live but is not declared",
		"arn:aws:s3:::fd-missing ":       "no IaC resource under the path declares it",
	} {
		if !strings.Contains(reasons[key], want) {
			t.Errorf("note for %s: %q, want it to say %q", key, reasons[key], want)
		}
	}
	if len(notes) != 5 {
		t.Errorf("%d notes, want 5: %+v", len(notes), notes)
	}

	// Written back, the same plan has nothing left to write: every value is the live one.
	if err := fix.Apply(dir, edits); err != nil {
		t.Fatal(err)
	}
	loaded, err = scan.Resources(context.Background(), scan.Options{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	edits, notes = fix.PlanDrift(entries[:1], loaded.Resources, dir)
	if len(edits) != 0 {
		t.Errorf("second plan edits %d files", len(edits))
	}
	for _, n := range notes {
		if n.Path.String() != "tags.cost" && !strings.Contains(n.Reason, "already holds the live value") {
			t.Errorf("second plan: %s %s: %s", n.Key, n.Path, n.Reason)
		}
	}
}
