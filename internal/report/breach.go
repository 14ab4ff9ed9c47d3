package report

import (
	"fmt"
	"strings"

	"github.com/plumbsec/plumb/internal/finding"
)

// Breach paths in every format: a finding on a path from the internet to a crown jewel
// carries the path (finding.Breach); the reports print it hop by hop.

// hopText is one hop as a report prints it: "aws_lb.web (internet-facing; via
// aws_security_group.lb)".
func hopText(h finding.Hop) string {
	s := h.Key + " (" + h.Edge
	if len(h.Via) > 0 {
		s += "; via " + strings.Join(h.Via, ", ")
	}
	return s + ")"
}

// pathText is a breach path on one line: "internet → aws_lb.web (internet-facing) → …".
func pathText(b *finding.Breach) string {
	parts := []string{"internet"}
	for _, h := range b.Path {
		parts = append(parts, hopText(h))
	}
	return strings.Join(parts, " → ")
}

// raisedText says how the severity changed: "raised from low".
func raisedText(f *finding.Finding) string {
	if f.Breach == nil || f.Breach.Severity == f.Rule.Severity {
		return "severity unchanged at " + f.Rule.Severity.String()
	}
	return "severity raised from " + f.Rule.Severity.String()
}

// breachPaths returns the distinct breach paths of findings, in the order they first
// appear, and for each finding the index of its path (-1 when it has none).
func breachPaths(fs []*finding.Finding) ([]*finding.Breach, map[*finding.Finding]int) {
	var paths []*finding.Breach
	index := map[string]int{}
	of := map[*finding.Finding]int{}
	for _, f := range fs {
		if f.Breach == nil {
			continue
		}
		k := pathText(f.Breach)
		i, ok := index[k]
		if !ok {
			i = len(paths)
			index[k] = i
			paths = append(paths, f.Breach)
		}
		of[f] = i
	}
	return paths, of
}

// breachSection writes the breach paths of the open findings before the findings, each hop
// on its own line with where the resource is declared.
func (tw *textWriter) breachSection(paths []*finding.Breach, open []*finding.Finding) {
	if len(paths) == 0 {
		return
	}
	fmt.Fprintln(tw.w, tw.p.bold(fmt.Sprintf("Breach paths (%d): findings on a way from the internet to a crown jewel come first, one severity higher", len(paths))))
	fmt.Fprintln(tw.w)
	for i, b := range paths {
		var rules []string
		for _, f := range open {
			if j, ok := tw.onPath[f]; ok && j == i {
				rules = append(rules, f.Rule.ID)
			}
		}
		fmt.Fprintf(tw.w, "  path %d to %s (%s), %s on it:\n", i+1, oneLine(b.Path[len(b.Path)-1].Key), oneLine(b.Jewel),
			counted(len(rules), "finding", "findings"))
		fmt.Fprintln(tw.w, "    internet")
		for _, h := range b.Path {
			where := ""
			if !h.Location.IsZero() {
				where = "  " + tw.p.dim(oneLine(h.Location.String()))
			}
			fmt.Fprintf(tw.w, "    → %s%s\n", oneLine(hopText(h)), where)
		}
		fmt.Fprintln(tw.w)
	}
}

// breachLine writes, under a finding on a breach path, which path and how its severity
// changed, with the path's resources.
func (tw *textWriter) breachLine(f *finding.Finding) {
	i, ok := tw.onPath[f]
	if !ok {
		return
	}
	keys := []string{"internet"}
	for _, h := range f.Breach.Path {
		keys = append(keys, h.Key)
	}
	fmt.Fprintln(tw.w, tw.p.severity(f.Severity(), oneLine(fmt.Sprintf("  breach path %d (%s): %s", i+1, raisedText(f), strings.Join(keys, " → ")))))
}

type jsonBreach struct {
	RuleSeverity string    `json:"rule_severity"`
	CrownJewel   string    `json:"crown_jewel"`
	Path         []jsonHop `json:"path"`
}

type jsonHop struct {
	Resource string       `json:"resource"`
	Type     string       `json:"type"`
	Edge     string       `json:"edge"`
	Via      []string     `json:"via"`
	Location jsonLocation `json:"location"`
}

// jsonBreachOf is always an object, as every field of the JSON output is always present:
// one with an empty path for a finding on no breach path.
func jsonBreachOf(f *finding.Finding) jsonBreach {
	if f.Breach == nil {
		return jsonBreach{RuleSeverity: f.Rule.Severity.String(), Path: []jsonHop{}}
	}
	out := jsonBreach{RuleSeverity: f.Rule.Severity.String(), CrownJewel: f.Breach.Jewel, Path: make([]jsonHop, 0, len(f.Breach.Path))}
	for _, h := range f.Breach.Path {
		out.Path = append(out.Path, jsonHop{Resource: h.Key, Type: h.Type, Edge: h.Edge, Via: append([]string{}, h.Via...),
			Location: jsonLocationOf(h.Location)})
	}
	return out
}

// SARIF carries a breach path as a code flow: one thread flow whose locations are the hops,
// each with its message, which code scanning shows step by step.
type sarifCodeFlow struct {
	Message     *sarifMessage     `json:"message,omitempty"`
	ThreadFlows []sarifThreadFlow `json:"threadFlows"`
}

type sarifThreadFlow struct {
	Locations []sarifThreadFlowLocation `json:"locations"`
}

type sarifThreadFlowLocation struct {
	Location sarifLocation `json:"location"`
}

func sarifCodeFlows(f *finding.Finding, root string) []sarifCodeFlow {
	if f.Breach == nil {
		return nil
	}
	var locs []sarifThreadFlowLocation
	for _, h := range f.Breach.Path {
		l := sarifLocation{Message: &sarifMessage{Text: hopText(h)},
			LogicalLocations: []sarifLogicalLocation{{FullyQualifiedName: h.Key, Kind: "resource"}}}
		if at := inFile(h.Location); !at.IsZero() {
			l.PhysicalLocation = sarifPhysical(at.File, at.StartLine, 0, at.EndLine, root)
		}
		locs = append(locs, sarifThreadFlowLocation{Location: l})
	}
	return []sarifCodeFlow{{Message: &sarifMessage{Text: "Breach path: " + pathText(f.Breach)}, ThreadFlows: []sarifThreadFlow{{Locations: locs}}}}
}

// breachMessage is a finding's SARIF message, which says so when it is on a breach path.
func breachMessage(f *finding.Finding, msg string) string {
	if f.Breach == nil {
		return msg
	}
	return strings.TrimSuffix(msg, ".") + ". On a breach path (" + raisedText(f) + "): " + pathText(f.Breach) + "."
}
