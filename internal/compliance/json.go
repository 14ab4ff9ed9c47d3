package compliance

import (
	"encoding/json"
	"io"

	"github.com/plumbsec/plumb/internal/finding"
)

// JSONSchemaVersion is the version of the compliance report's JSON shape. Within a version
// fields are only added, never renamed, removed or given another meaning;
// docs/compliance.md describes every field.
const JSONSchemaVersion = "1"

type jsonReport struct {
	SchemaVersion string        `json:"schema_version"`
	Tool          jsonTool      `json:"tool"`
	Framework     jsonFramework `json:"framework"`
	Root          string        `json:"root"`
	Summary       jsonSummary   `json:"summary"`
	Controls      []jsonControl `json:"controls"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonFramework struct {
	Key     string `json:"key"`
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonSummary struct {
	Controls     int     `json:"controls"`
	Pass         int     `json:"pass"`
	Fail         int     `json:"fail"`
	Untested     int     `json:"untested"`
	NotCovered   int     `json:"not_covered"`
	Covered      int     `json:"covered"`
	Coverage     float64 `json:"coverage"`
	OpenFindings int     `json:"open_findings"`
	Exceptions   int     `json:"exceptions"`
	Resources    int     `json:"resources"`
	RuleErrors   int     `json:"rule_errors"`
	Unknown      int     `json:"unknown_value"`
}

type jsonControl struct {
	ID               string        `json:"id"`
	Title            string        `json:"title"`
	Section          string        `json:"section"`
	InCatalog        bool          `json:"in_catalog"`
	Status           string        `json:"status"`
	Rules            []string      `json:"rules"`
	ResourcesChecked int           `json:"resources_checked"`
	Undecided        int           `json:"undecided_checks"`
	Note             string        `json:"note"`
	Findings         []jsonFinding `json:"findings"`
}

type jsonFinding struct {
	RuleID       string      `json:"rule_id"`
	Severity     string      `json:"severity"`
	Status       string      `json:"status"`
	Reason       string      `json:"reason"`
	Waiver       *jsonWaiver `json:"waiver"`
	Resource     string      `json:"resource"`
	ResourceType string      `json:"resource_type"`
	File         string      `json:"file"`
	StartLine    int         `json:"start_line"`
	Message      string      `json:"message"`
	Fingerprint  string      `json:"fingerprint"`
}

type jsonWaiver struct {
	Owner   string `json:"owner"`
	Expires string `json:"expires"`
	Expired bool   `json:"expired"`
}

func writeJSON(w io.Writer, r *Report, opts Options) error {
	s := r.Summary()
	doc := jsonReport{
		SchemaVersion: JSONSchemaVersion,
		Tool:          jsonTool{Name: "plumb", Version: opts.Version},
		Framework:     jsonFramework{Key: r.Framework.Key, Name: r.Framework.Name, Version: r.Framework.Version},
		Root:          r.Root,
		Summary: jsonSummary{
			Controls: s.Total, Pass: s.Pass, Fail: s.Fail, Untested: s.Untested, NotCovered: s.NotCovered,
			Covered: s.Covered, OpenFindings: s.OpenFindings, Exceptions: s.Exceptions,
			Resources: r.Resources, RuleErrors: r.RuleErrors, Unknown: r.Unknown,
		},
		Controls: make([]jsonControl, 0, len(r.Controls)),
	}
	if s.Total > 0 {
		doc.Summary.Coverage = float64(int(float64(s.Covered)/float64(s.Total)*10000+0.5)) / 10000
	}
	for i := range r.Controls {
		doc.Controls = append(doc.Controls, jsonControlOf(&r.Controls[i]))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func jsonControlOf(c *ControlResult) jsonControl {
	out := jsonControl{
		ID: c.Control.ID, Title: c.Control.Title, Section: c.Control.Section, InCatalog: !c.Extra,
		Status: c.Status.String(), Rules: make([]string, 0, len(c.Rules)), ResourcesChecked: c.Checked,
		Undecided: c.Undecided, Note: c.Note(),
		Findings: make([]jsonFinding, 0, len(c.Findings)),
	}
	for _, r := range c.Rules {
		out.Rules = append(out.Rules, r.ID)
	}
	for _, f := range c.Findings {
		out.Findings = append(out.Findings, jsonFindingOf(f))
	}
	return out
}

func jsonFindingOf(f *finding.Finding) jsonFinding {
	out := jsonFinding{
		RuleID: f.Rule.ID, Severity: f.Severity().String(), Status: f.Status.String(), Reason: f.Reason,
		Resource: f.ResourceKey, ResourceType: f.ResourceType, File: f.Location.File,
		StartLine: f.Location.StartLine, Message: f.Message, Fingerprint: f.Fingerprint,
	}
	if w := f.Waiver; w != nil {
		out.Waiver = &jsonWaiver{Owner: w.Owner, Expires: w.Expires, Expired: f.WaiverExpired}
	}
	return out
}
