package report

import (
	"encoding/json"
	"io"
	"sort"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// JSONSchemaVersion is the version of the JSON output's shape. Within a version fields are
// only added, never renamed, removed or given another meaning; docs/output-json.md describes
// every field.
const JSONSchemaVersion = "1"

// The JSON document. Struct field order is the output's field order; every field is always
// present (empty strings, zeros and empty lists included), so consumers need no defaults.
type jsonReport struct {
	SchemaVersion string        `json:"schema_version"`
	Tool          jsonTool      `json:"tool"`
	Summary       jsonSummary   `json:"summary"`
	Findings      []jsonFinding `json:"findings"`
	Skipped       []jsonSkip    `json:"skipped"`
	Errors        []jsonError   `json:"errors"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonSummary struct {
	Findings      int            `json:"findings"`
	BySeverity    jsonSeverities `json:"open_by_severity"`
	ByStatus      jsonStatuses   `json:"by_status"`
	Resources     int            `json:"resources"`
	Files         int            `json:"files"`
	Skipped       jsonSkipCounts `json:"skipped"`
	InputErrors   int            `json:"input_errors"`
	InputWarnings int            `json:"input_warnings"`
}

type jsonSeverities struct {
	Critical int `json:"critical"`
	High     int `json:"high"`
	Medium   int `json:"medium"`
	Low      int `json:"low"`
	Info     int `json:"info"`
}

type jsonStatuses struct {
	Open       int `json:"open"`
	Suppressed int `json:"suppressed"`
	Waived     int `json:"waived"`
	Accepted   int `json:"accepted"`
}

type jsonSkipCounts struct {
	UnknownValue int `json:"unknown_value"`
	RuleError    int `json:"rule_error"`
}

type jsonFinding struct {
	RuleID       string              `json:"rule_id"`
	Title        string              `json:"title"`
	Severity     string              `json:"severity"`
	Status       string              `json:"status"`
	Reason       string              `json:"reason"`
	Resource     string              `json:"resource"`
	ResourceType string              `json:"resource_type"`
	Module       string              `json:"module"`
	Origin       string              `json:"origin"`
	Path         string              `json:"path"`
	Message      string              `json:"message"`
	Location     jsonLocation        `json:"location"`
	Remediation  string              `json:"remediation"`
	Controls     map[string][]string `json:"controls"`
	Fingerprint  string              `json:"fingerprint"`
	Waiver       jsonWaiver          `json:"waiver"`
	// Breach has a path when the finding lies on a breach path; severity is then the raised
	// one and breach.rule_severity the rule's own.
	Breach jsonBreach `json:"breach"`
}

// jsonWaiver is the config waiver that matched a finding; empty strings when none did.
type jsonWaiver struct {
	Owner   string `json:"owner"`
	Reason  string `json:"reason"`
	Expires string `json:"expires"`
	Expired bool   `json:"expired"`
}

type jsonLocation struct {
	File      string        `json:"file"`
	StartLine int           `json:"start_line"`
	EndLine   int           `json:"end_line"`
	Via       []jsonViaStep `json:"via"`
}

type jsonViaStep struct {
	File      string `json:"file"`
	StartLine int    `json:"start_line"`
	EndLine   int    `json:"end_line"`
}

type jsonSkip struct {
	RuleID   string       `json:"rule_id"`
	Resource string       `json:"resource"`
	Reason   string       `json:"reason"`
	Paths    []string     `json:"paths"`
	Error    string       `json:"error"`
	Location jsonLocation `json:"location"`
}

type jsonError struct {
	Level   string `json:"level"`
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Summary string `json:"summary"`
	Detail  string `json:"detail"`
}

func writeJSON(w io.Writer, res *finding.Result, opts Options) error {
	doc := jsonReport{
		SchemaVersion: JSONSchemaVersion,
		Tool:          jsonTool{Name: "plumb", Version: opts.Version},
		Summary:       jsonSummaryOf(res),
		Findings:      make([]jsonFinding, 0, len(res.Findings)),
		Skipped:       make([]jsonSkip, 0, len(res.Skipped)),
		Errors:        make([]jsonError, 0, len(res.Diagnostics)),
	}
	for _, f := range res.Findings {
		doc.Findings = append(doc.Findings, jsonFindingOf(f))
	}
	for _, s := range res.Skipped {
		doc.Skipped = append(doc.Skipped, jsonSkipOf(s))
	}
	for _, d := range res.Diagnostics {
		doc.Errors = append(doc.Errors, jsonErrorOf(d))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func jsonSummaryOf(res *finding.Result) jsonSummary {
	t := count(res)
	return jsonSummary{
		Findings: t.total,
		BySeverity: jsonSeverities{
			Critical: t.bySeverity[finding.Critical], High: t.bySeverity[finding.High],
			Medium: t.bySeverity[finding.Medium], Low: t.bySeverity[finding.Low], Info: t.bySeverity[finding.Info],
		},
		ByStatus: jsonStatuses{
			Open: t.byStatus[finding.Open], Suppressed: t.byStatus[finding.Suppressed],
			Waived: t.byStatus[finding.Waived], Accepted: t.byStatus[finding.Accepted],
		},
		Resources:     res.Resources,
		Files:         res.Files,
		Skipped:       jsonSkipCounts{UnknownValue: t.unknown, RuleError: t.ruleErrors},
		InputErrors:   t.errors,
		InputWarnings: t.warnings,
	}
}

func jsonFindingOf(f *finding.Finding) jsonFinding {
	return jsonFinding{
		RuleID:       f.Rule.ID,
		Title:        f.Rule.Title,
		Severity:     f.Severity().String(),
		Status:       f.Status.String(),
		Reason:       f.Reason,
		Resource:     f.ResourceKey,
		ResourceType: f.ResourceType,
		Module:       f.Module,
		Origin:       f.Origin.String(),
		Path:         f.Path.String(),
		Message:      f.Message,
		Location:     jsonLocationOf(f.Location),
		Remediation:  f.Rule.Remediation,
		Controls:     jsonControls(f.Rule.Controls),
		Fingerprint:  f.Fingerprint,
		Waiver:       jsonWaiverOf(f),
		Breach:       jsonBreachOf(f),
	}
}

func jsonWaiverOf(f *finding.Finding) jsonWaiver {
	if f.Waiver == nil {
		return jsonWaiver{}
	}
	return jsonWaiver{Owner: f.Waiver.Owner, Reason: f.Waiver.Reason, Expires: f.Waiver.Expires, Expired: f.WaiverExpired}
}

func jsonLocationOf(l resource.Location) jsonLocation {
	out := jsonLocation{File: l.File, StartLine: l.StartLine, EndLine: l.EndLine, Via: make([]jsonViaStep, 0, len(l.Via))}
	for _, v := range l.Via {
		out.Via = append(out.Via, jsonViaStep{File: v.File, StartLine: v.StartLine, EndLine: v.EndLine})
	}
	return out
}

// jsonControls copies a rule's controls with every list sorted and never null.
func jsonControls(c map[string][]string) map[string][]string {
	out := make(map[string][]string, len(c))
	for fw, ids := range c {
		s := append([]string{}, ids...)
		sort.Strings(s)
		out[fw] = s
	}
	return out
}

func jsonSkipOf(s finding.Skip) jsonSkip {
	out := jsonSkip{
		RuleID:   s.RuleID,
		Resource: s.ResourceKey,
		Reason:   "unknown_value",
		Paths:    make([]string, 0, len(s.Paths)),
		Error:    s.Error,
		Location: jsonLocationOf(s.Location),
	}
	if s.Error != "" {
		out.Reason = "rule_error"
	}
	for _, p := range s.Paths {
		out.Paths = append(out.Paths, p.String())
	}
	return out
}

func jsonErrorOf(d resource.Diagnostic) jsonError {
	level := "warning"
	if d.Error {
		level = "error"
	}
	return jsonError{Level: level, File: d.File, Line: d.Line, Column: d.Column, Summary: d.Summary, Detail: d.Detail}
}
