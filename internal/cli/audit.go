package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/plumbsec/plumb/internal/store"
)

func newAuditCmd(stdout io.Writer) *cobra.Command {
	var (
		f             liveFlags
		actor, action string
		since         string
		limit         int
		format        string
	)
	cmd := &cobra.Command{
		Use:   "audit [--scope SCOPE]",
		Short: "List the audit log: enforcement settings and every revert, with before and after",
		Long: `List the audit log, newest first: every change of a scope's enforcement setting
(enforcement.set) and every revert Plumb made (drift.revert) or attempted
(drift.revert.failed), with who, when, why, and the state before and after.`,
		Example: `  plumb audit --scope kubernetes:prod/payments
  plumb audit --action drift.revert --since 24h -o json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if format != "text" && format != "json" {
				return fail(fmt.Errorf("--output %q: want text or json", format))
			}
			filter := store.AuditFilter{Actor: actor, Action: action, Limit: limit}
			if f.scope != "" {
				sc, err := f.parseScope()
				if err != nil {
					return fail(err)
				}
				filter.Scope = sc
			}
			if since != "" {
				t, err := parseSince(since, time.Now())
				if err != nil {
					return fail(err)
				}
				filter.Since = t
			}
			st, err := openConfigured(ctx, cmd, &f)
			if err != nil {
				return fail(err)
			}
			defer st.Close()
			entries, err := st.Audit(ctx, filter)
			if err != nil {
				return fail(err)
			}
			if format == "json" {
				docs := make([]auditDoc, len(entries))
				for i, e := range entries {
					docs[i] = auditJSON(e)
				}
				return writeJSON(stdout, docs)
			}
			if len(entries) == 0 {
				fmt.Fprintln(stdout, "No audit entries.")
				return nil
			}
			writeAuditText(stdout, entries)
			return nil
		},
	}
	f.addStoreOnly(cmd)
	fl := cmd.Flags()
	fl.StringVar(&actor, "actor", "", "only entries by this actor (plumb for its own reverts)")
	fl.StringVar(&action, "action", "", "only entries of this action: enforcement.set, drift.revert, drift.revert.failed")
	fl.StringVar(&since, "since", "", "only entries since this time: a duration ago (24h) or an RFC 3339 time")
	fl.IntVar(&limit, "limit", 100, "list at most this many entries (0: all)")
	fl.StringVarP(&format, "output", "o", "text", "output format: text or json")
	return cmd
}

// parseSince reads --since: a duration before now, or an RFC 3339 time.
func parseSince(s string, now time.Time) (time.Time, error) {
	if d, err := time.ParseDuration(s); err == nil {
		return now.Add(-d), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--since %q: want a duration (24h) or an RFC 3339 time", s)
	}
	return t, nil
}

// writeAuditText writes entries one per block: when, who, what, why, and before → after
// on one line each, cut to stay readable (-o json has them whole).
func writeAuditText(w io.Writer, entries []store.AuditEntry) {
	for _, e := range entries {
		fmt.Fprintf(w, "%d  %s  %s  %s", e.ID, e.At.Format(time.RFC3339), e.Actor, e.Action)
		if !e.Scope.IsZero() {
			fmt.Fprintf(w, "  %s", e.Scope)
		}
		if e.Target != "" {
			fmt.Fprintf(w, "  %s", e.Target)
		}
		fmt.Fprintln(w)
		if e.Reason != "" {
			fmt.Fprintf(w, "    why:    %s\n", e.Reason)
		}
		if e.Before == nil && e.After == nil {
			continue
		}
		b, a := oneLine(e.Before), oneLine(e.After)
		short := len(strings.TrimSpace(string(e.Before)))+len(strings.TrimSpace(string(e.After))) <= 200
		if short || b == "null" || a == "null" {
			fmt.Fprintf(w, "    before: %s\n    after:  %s\n", b, a)
			continue
		}
		// Whole objects: say what differs, path by path (-o json has them whole).
		diffs := auditChanges(e.Before, e.After)
		for i, d := range diffs {
			if i == 8 {
				fmt.Fprintf(w, "    … %d more (-o json has before and after whole)\n", len(diffs)-i)
				break
			}
			fmt.Fprintf(w, "    %s\n", d)
		}
	}
}

// auditChanges lists, path by path, what differs between two JSON values: "~ path: x -> y",
// "+ path: y" for what after adds, "- path: x" for what it lacks.
func auditChanges(before, after json.RawMessage) []string {
	var b, a any
	_ = json.Unmarshal(before, &b)
	_ = json.Unmarshal(after, &a)
	var out []string
	var walk func(path string, b, a any)
	walk = func(path string, b, a any) {
		bm, bok := b.(map[string]any)
		am, aok := a.(map[string]any)
		if bok && aok {
			keys := map[string]bool{}
			for k := range bm {
				keys[k] = true
			}
			for k := range am {
				keys[k] = true
			}
			for _, k := range sortedStrings(keys) {
				walk(joinPath(path, k), bm[k], am[k])
			}
			return
		}
		bl, bok := b.([]any)
		al, aok := a.([]any)
		if bok && aok && len(bl) == len(al) {
			for i := range bl {
				walk(fmt.Sprintf("%s[%d]", path, i), bl[i], al[i])
			}
			return
		}
		bs, _ := json.Marshal(b)
		as, _ := json.Marshal(a)
		switch {
		case string(bs) == string(as):
		case b == nil:
			out = append(out, fmt.Sprintf("+ %s: %s", rootPath(path), cut(string(as))))
		case a == nil:
			out = append(out, fmt.Sprintf("- %s: %s", rootPath(path), cut(string(bs))))
		default:
			out = append(out, fmt.Sprintf("~ %s: %s -> %s", rootPath(path), cut(string(bs)), cut(string(as))))
		}
	}
	walk("", b, a)
	return out
}

func joinPath(p, k string) string {
	if p == "" {
		return k
	}
	return p + "." + k
}

func rootPath(p string) string {
	if p == "" {
		return "(whole)"
	}
	return p
}

func cut(s string) string {
	if len(s) > 100 {
		return s[:97] + "..."
	}
	return s
}

func sortedStrings(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func oneLine(raw json.RawMessage) string {
	s := strings.TrimSpace(string(raw))
	if s == "" {
		s = "null"
	}
	if len(s) > 160 {
		s = s[:157] + "..."
	}
	return s
}

// auditDoc is an audit entry in JSON output; before and after are the stored JSON.
type auditDoc struct {
	ID     int64           `json:"id"`
	At     time.Time       `json:"at"`
	Actor  string          `json:"actor"`
	Scope  string          `json:"scope,omitempty"`
	Action string          `json:"action"`
	Target string          `json:"target,omitempty"`
	Reason string          `json:"reason,omitempty"`
	Before json.RawMessage `json:"before"`
	After  json.RawMessage `json:"after"`
}

func auditJSON(e store.AuditEntry) auditDoc {
	d := auditDoc{ID: e.ID, At: e.At, Actor: e.Actor, Scope: e.Scope.String(), Action: e.Action, Target: e.Target,
		Reason: e.Reason, Before: e.Before, After: e.After}
	if d.Before == nil {
		d.Before = json.RawMessage("null")
	}
	if d.After == nil {
		d.After = json.RawMessage("null")
	}
	return d
}
