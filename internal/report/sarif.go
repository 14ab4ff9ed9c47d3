package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

const (
	// sarifSchema is the final SARIF 2.1.0 schema's URL; the SARIF multitool (SARIF1011)
	// and GitHub code scanning accept it.
	sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"
	// srcRoot is the uriBaseId file locations are relative to: the scanned directory.
	srcRoot = "%SRCROOT%"
	// fingerprintKey names Plumb's fingerprint among a result's partialFingerprints; the
	// version lets the fingerprint's recipe change without breaking alert tracking.
	fingerprintKey = "plumb/v1"
	informationURI = "https://github.com/plumbsec/plumb"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	Invocations        []sarifInvocation           `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds"`
	Results            []sarifResult               `json:"results"`
	Properties         sarifRunProperties          `json:"properties"`
}

type sarifRunProperties struct {
	// SkippedChecks counts checks not decided because a value they need is unknown.
	SkippedChecks int `json:"skippedChecks"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifMessage       `json:"shortDescription"`
	FullDescription      sarifMessage       `json:"fullDescription"`
	Help                 sarifMessage       `json:"help"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	Properties           sarifRuleProps     `json:"properties"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Severity string   `json:"severity"`
	Tags     []string `json:"tags"`
	// SecuritySeverity is GitHub's CVSS-like score, as a string, that ranks security alerts.
	SecuritySeverity string `json:"security-severity"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifMessage       `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	CodeFlows           []sarifCodeFlow    `json:"codeFlows,omitempty"`
}

type sarifLocation struct {
	ID               int                    `json:"id,omitempty"`
	PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
	LogicalLocations []sarifLogicalLocation `json:"logicalLocations,omitempty"`
	Message          *sarifMessage          `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"`
}

type sarifArtifactLoc struct {
	URI         string        `json:"uri,omitempty"`
	URIBaseID   string        `json:"uriBaseId,omitempty"`
	Description *sarifMessage `json:"description,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
}

type sarifLogicalLocation struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Status        string `json:"status"`
	Justification string `json:"justification,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level          string          `json:"level"`
	Message        sarifMessage    `json:"message"`
	Locations      []sarifLocation `json:"locations,omitempty"`
	AssociatedRule *sarifRuleRef   `json:"associatedRule,omitempty"`
}

type sarifRuleRef struct {
	ID    string `json:"id"`
	Index int    `json:"index"`
}

func writeSARIF(w io.Writer, res *finding.Result, opts Options) error {
	rs := rules(res)
	index := make(map[string]int, len(rs))
	run := sarifRun{
		Tool:               sarifTool{Driver: sarifDriver{Name: "plumb", Version: opts.Version, InformationURI: informationURI}},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{srcRoot: sarifRootOf(res.Root)},
		Results:            make([]sarifResult, 0, len(res.Findings)),
		Properties:         sarifRunProperties{SkippedChecks: count(res).unknown},
	}
	for i, r := range rs {
		index[r.ID] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(r))
	}
	if run.Tool.Driver.Rules == nil {
		run.Tool.Driver.Rules = []sarifRule{}
	}
	for _, f := range res.Findings {
		run.Results = append(run.Results, sarifResultOf(f, index[f.Rule.ID], res.Root))
	}
	run.Invocations = []sarifInvocation{sarifInvocationOf(res, index)}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

func sarifRuleOf(r *finding.Rule) sarifRule {
	full := r.Description
	if full == "" {
		full = r.Title
	}
	help := r.Remediation
	if help == "" {
		help = full
	}
	return sarifRule{
		ID:                   r.ID,
		Name:                 pascalCase(r.Title, r.ID),
		ShortDescription:     sarifMessage{Text: r.Title},
		FullDescription:      sarifMessage{Text: full},
		Help:                 sarifMessage{Text: help},
		DefaultConfiguration: sarifConfiguration{Level: sarifLevel(r.Severity)},
		Properties: sarifRuleProps{
			Severity:         r.Severity.String(),
			Tags:             sarifTags(r),
			SecuritySeverity: securitySeverity(r.Severity),
		},
	}
}

// pascalCase turns a title into the identifier-like name SARIF wants for a rule:
// "S3 bucket allows SSH" → "S3BucketAllowsSsh"; the id when the title has no
// letters or digits.
func pascalCase(title, id string) string {
	var b strings.Builder
	for _, word := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		// "IAM" → "Iam": SARIF's Pascal case has no runs of capitals.
		r := []rune(strings.ToLower(word))
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	if b.Len() == 0 {
		return id
	}
	return b.String()
}

// sarifTags marks every rule "security", which GitHub needs to use security-severity, and
// names its compliance controls as "framework/control".
func sarifTags(r *finding.Rule) []string {
	tags := []string{"security"}
	var controls []string
	for fw, ids := range r.Controls {
		for _, id := range ids {
			controls = append(controls, fw+"/"+id)
		}
	}
	sort.Strings(controls)
	return append(tags, controls...)
}

func sarifLevel(s finding.Severity) string {
	switch s {
	case finding.Critical, finding.High:
		return "error"
	case finding.Medium:
		return "warning"
	}
	return "note"
}

func securitySeverity(s finding.Severity) string {
	switch s {
	case finding.Critical:
		return "9.5"
	case finding.High:
		return "8.0"
	case finding.Medium:
		return "5.5"
	case finding.Low:
		return "3.0"
	}
	return "0.0"
}

func sarifResultOf(f *finding.Finding, ruleIndex int, root string) sarifResult {
	msg := f.Message
	if msg == "" {
		msg = f.Rule.Title
	}
	at := inFile(f.Location)
	if !f.Location.IsZero() && !isSourceFile(f.Location.File) {
		// A value from the command line or the environment: say so, and point at the
		// file that used it, since code scanning shows only results with a file.
		msg += " (value set by " + f.Location.File + ")"
	}
	loc := sarifLocation{LogicalLocations: []sarifLogicalLocation{{FullyQualifiedName: displayKey(f), Kind: "resource"}}}
	loc.PhysicalLocation = sarifPhysical(at.File, at.StartLine, 0, at.EndLine, root)
	out := sarifResult{
		RuleID:              f.Rule.ID,
		RuleIndex:           ruleIndex,
		Level:               sarifLevel(f.Severity()),
		Message:             sarifMessage{Text: breachMessage(f, msg)},
		Locations:           []sarifLocation{loc},
		PartialFingerprints: map[string]string{},
		CodeFlows:           sarifCodeFlows(f, root),
	}
	if f.Fingerprint != "" {
		out.PartialFingerprints[fingerprintKey] = f.Fingerprint
	}
	for i, v := range f.Location.Via {
		if !isSourceFile(v.File) {
			continue
		}
		if p := sarifPhysical(v.File, v.StartLine, 0, v.EndLine, root); p != nil {
			out.RelatedLocations = append(out.RelatedLocations, sarifLocation{
				ID: i + 1, PhysicalLocation: p, Message: &sarifMessage{Text: "The value is used here."},
			})
		}
	}
	if f.Status != finding.Open {
		kind := "external"
		if f.InSource {
			kind = "inSource"
		}
		out.Suppressions = []sarifSuppression{{Kind: kind, Status: "accepted", Justification: f.Reason}}
	}
	return out
}

// sarifPhysical locates a file and line range; nil for a location without a file (a live
// resource). GitHub wants startLine ≥ 1, so a file-wide location points at its first line.
func sarifPhysical(file string, start, column, end int, root string) *sarifPhysicalLocation {
	if file == "" {
		return nil
	}
	region := &sarifRegion{StartLine: max(start, 1), StartColumn: max(column, 0)}
	if end > region.StartLine {
		region.EndLine = end
	}
	return &sarifPhysicalLocation{ArtifactLocation: sarifArtifact(file, root), Region: region}
}

// sarifArtifact names a file relative to %SRCROOT% when it is under the scanned directory,
// by an absolute file URI otherwise.
func sarifArtifact(file, root string) sarifArtifactLoc {
	name := filepath.ToSlash(file)
	if filepath.IsAbs(file) {
		rel, err := filepath.Rel(root, file)
		if root == "" || err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return sarifArtifactLoc{URI: fileURI(name)}
		}
		name = filepath.ToSlash(rel)
	}
	name = strings.TrimPrefix(path.Clean(name), "./")
	return sarifArtifactLoc{URI: escapePath(name), URIBaseID: srcRoot}
}

// escapePath percent-encodes each segment of a relative slash path so that it is a valid
// URI reference (spaces, brackets, '#' and '%' in file names).
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	out := strings.Join(segs, "/")
	if first, _, _ := strings.Cut(out, "/"); strings.Contains(first, ":") {
		out = "./" + out // a colon in the first segment would read as a scheme
	}
	return out
}

func fileURI(slashPath string) string {
	if !strings.HasPrefix(slashPath, "/") {
		slashPath = "/" + slashPath // a Windows drive: file:///C:/...
	}
	return "file://" + escapePath(slashPath)
}

// sarifRootOf describes %SRCROOT%: the scanned directory's file URI when it is absolute;
// a description only otherwise, since a base URI must be absolute.
func sarifRootOf(root string) sarifArtifactLoc {
	if root == "" || !filepath.IsAbs(root) {
		return sarifArtifactLoc{Description: &sarifMessage{Text: "The directory Plumb scanned."}}
	}
	uri := fileURI(filepath.ToSlash(root))
	if !strings.HasSuffix(uri, "/") {
		uri += "/"
	}
	return sarifArtifactLoc{URI: uri, Description: &sarifMessage{Text: "The directory Plumb scanned."}}
}

// sarifInvocationOf reports input problems and rules that failed at run time as tool
// notifications; any error makes the execution unsuccessful.
func sarifInvocationOf(res *finding.Result, index map[string]int) sarifInvocation {
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, d := range res.Diagnostics {
		n := sarifNotification{Level: "warning", Message: sarifMessage{Text: diagnosticText(d)}}
		if d.Error {
			n.Level = "error"
			inv.ExecutionSuccessful = false
		}
		if p := sarifPhysical(d.File, d.Line, d.Column, 0, res.Root); p != nil {
			n.Locations = []sarifLocation{{PhysicalLocation: p}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	for _, s := range res.Skipped {
		if s.Error == "" {
			continue
		}
		inv.ExecutionSuccessful = false
		n := sarifNotification{
			Level:   "error",
			Message: sarifMessage{Text: fmt.Sprintf("Rule %s failed on %s: %s", s.RuleID, s.ResourceKey, s.Error)},
		}
		if i, ok := index[s.RuleID]; ok {
			n.AssociatedRule = &sarifRuleRef{ID: s.RuleID, Index: i}
		}
		if p := sarifPhysical(s.Location.File, s.Location.StartLine, 0, s.Location.EndLine, res.Root); p != nil {
			n.Locations = []sarifLocation{{PhysicalLocation: p}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	return inv
}

func diagnosticText(d resource.Diagnostic) string {
	if d.Detail == "" {
		return d.Summary
	}
	return d.Summary + ": " + d.Detail
}
