package finding

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/plumbsec/plumb/internal/resource"
)

// Suppression is one entry of the config file's suppression list: findings of Rule on the
// resources and files it names are suppressed with Reason.
type Suppression struct {
	// Rule is the rule id; required.
	Rule string `json:"rule" yaml:"rule"`
	// Resource matches the resource key: equal to it, or a path.Match pattern over it ("" for
	// any). Keys often hold '[' (module.a.aws_instance.web[0]), which a pattern reads as a
	// character class; an exact key always matches itself.
	Resource string `json:"resource,omitempty" yaml:"resource,omitempty"`
	// File matches the file the finding points at, slash-separated and relative to the scanned
	// directory: a path.Match pattern per segment, where a "**" segment matches any number of
	// segments ("" for any).
	File string `json:"file,omitempty" yaml:"file,omitempty"`
	// Reason says why; required, and shown wherever the finding is.
	Reason string `json:"reason" yaml:"reason"`
}

// ApplyConfig suppresses the open findings that a suppression matches: each gets status
// Suppressed and the first matching suppression's reason. Findings already suppressed,
// waived or accepted are left as they are. Nothing is applied when any suppression is
// invalid (no rule, no reason, a malformed pattern); the error names every invalid entry by
// its index in sups.
func ApplyConfig(findings []*Finding, sups []Suppression) error {
	if err := validateSuppressions(sups); err != nil {
		return err
	}
	for _, f := range findings {
		if f.Status != Open || f.Rule == nil {
			continue
		}
		for _, s := range sups {
			if s.matches(f) {
				f.Status = Suppressed
				f.Reason = strings.TrimSpace(s.Reason)
				f.InSource = false
				break
			}
		}
	}
	return nil
}

func validateSuppressions(sups []Suppression) error {
	var errs []error
	for i, s := range sups {
		for _, problem := range s.problems() {
			errs = append(errs, fmt.Errorf("suppressions[%d]: %s", i, problem))
		}
	}
	return errors.Join(errs...)
}

func (s Suppression) problems() []string {
	var out []string
	if strings.TrimSpace(s.Rule) == "" {
		out = append(out, "rule is required")
	}
	if strings.TrimSpace(s.Reason) == "" {
		out = append(out, "reason is required: say why the finding is acceptable")
	}
	if _, err := path.Match(s.Resource, ""); err != nil {
		out = append(out, fmt.Sprintf("resource pattern %q: %v", s.Resource, err))
	}
	for _, seg := range strings.Split(s.File, "/") {
		if _, err := path.Match(seg, ""); err != nil {
			out = append(out, fmt.Sprintf("file pattern %q: %v", s.File, err))
			break
		}
	}
	return out
}

func (s Suppression) matches(f *Finding) bool {
	if !strings.EqualFold(strings.TrimSpace(s.Rule), f.Rule.ID) {
		return false
	}
	if s.Resource != "" && s.Resource != f.ResourceKey {
		if ok, _ := path.Match(s.Resource, f.ResourceKey); !ok {
			return false
		}
	}
	return s.File == "" || matchFile(s.File, f.Location.File)
}

// matchFile matches a slash-separated file name against a pattern whose segments are
// path.Match patterns, except "**", which matches zero or more whole segments.
func matchFile(pattern, name string) bool {
	if name == "" {
		return false
	}
	return matchSegments(splitPath(pattern), splitPath(filepath.ToSlash(name)))
}

// splitPath cleans a slash-separated path or pattern and splits it into segments. A
// pattern's backslashes are path.Match escapes, so they are left alone.
func splitPath(p string) []string {
	return strings.Split(strings.TrimPrefix(path.Clean(p), "./"), "/")
}

func matchSegments(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for len(pat) > 1 && pat[1] == "**" {
				pat = pat[1:]
			}
			for i := 0; i <= len(name); i++ {
				if matchSegments(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}

// ApplyInline suppresses the open findings that an ignore comment in the scanned source names:
//
//	# plumb:ignore RULE-ID[,RULE-ID…] reason…
//	// plumb:ignore RULE-ID reason…        (HCL files also accept //)
//
// The comment counts when it is on the finding's line or the line above it, on the line or the
// line above of any location the value passed through (Location.Via), or on the first line of
// the resource's declaration (declOf, which may be nil) or the line above that. A comment
// without a reason suppresses nothing and yields a warning naming its file and line.
//
// Files are read from fsys (file names as in Location.File, relative to the scanned directory),
// each at most once. Findings already suppressed, waived or accepted are left as they are.
func ApplyInline(findings []*Finding, declOf func(*Finding) resource.Location, fsys fs.FS) resource.Diagnostics {
	src := sourceFiles{fsys: fsys, files: map[string][]string{}}
	var diags resource.Diagnostics
	warned := map[sourceLine]bool{}
	warn := func(at sourceLine, d resource.Diagnostic) {
		if !warned[at] {
			warned[at] = true
			diags = append(diags, d)
		}
	}
	for _, f := range findings {
		if f.Status != Open || f.Rule == nil {
			continue
		}
	candidates:
		for _, at := range ignoreCandidates(f, declOf) {
			ig, ok := src.ignoreAt(at.file, at.line)
			switch {
			case !ok:
			case len(ig.ids) == 0:
				warn(at, ig.warning(at, "plumb:ignore needs a rule id and a reason",
					"write the rule id and why it is acceptable: # plumb:ignore "+f.Rule.ID+" <reason>"))
			case !ig.names(f.Rule.ID):
			case ig.reason == "":
				warn(at, ig.warning(at, "plumb:ignore needs a reason",
					fmt.Sprintf("%s stays open until the comment says why it is acceptable: "+
						"# plumb:ignore %s <reason>", f.Rule.ID, f.Rule.ID)))
			default:
				f.Status = Suppressed
				f.Reason = ig.reason
				f.InSource = true
				break candidates
			}
		}
	}
	return diags
}

// sourceLine is a line of a scanned file, 1-based.
type sourceLine struct {
	file string
	line int
}

// ignoreCandidates lists, in order of preference, the lines where an ignore comment for f
// may stand.
func ignoreCandidates(f *Finding, declOf func(*Finding) resource.Location) []sourceLine {
	locs := make([]resource.Location, 0, 2+len(f.Location.Via))
	locs = append(locs, f.Location)
	locs = append(locs, f.Location.Via...)
	if declOf != nil {
		locs = append(locs, declOf(f))
	}
	var out []sourceLine
	for _, l := range locs {
		if l.File == "" || l.StartLine < 1 {
			continue
		}
		out = append(out, sourceLine{l.File, l.StartLine})
		if l.StartLine > 1 {
			out = append(out, sourceLine{l.File, l.StartLine - 1})
		}
	}
	return out
}

// sourceFiles reads each file once and keeps its lines; an unreadable file has no lines
// (its loader has already reported it).
type sourceFiles struct {
	fsys  fs.FS
	files map[string][]string
}

func (s *sourceFiles) ignoreAt(file string, line int) (ignoreComment, bool) {
	lines, seen := s.files[file]
	if !seen {
		lines = s.read(file)
		s.files[file] = lines
	}
	if line < 1 || line > len(lines) {
		return ignoreComment{}, false
	}
	return parseIgnore(file, lines[line-1])
}

func (s *sourceFiles) read(file string) []string {
	if s.fsys == nil {
		return nil
	}
	name := strings.TrimPrefix(path.Clean(filepath.ToSlash(file)), "./")
	if !fs.ValidPath(name) {
		return nil
	}
	b, err := fs.ReadFile(s.fsys, name)
	if err != nil {
		return nil
	}
	return strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
}

// ignoreComment is a parsed plumb:ignore comment.
type ignoreComment struct {
	ids    []string
	reason string
	column int // 1-based column of the comment marker
}

var (
	// ignoreHash is the comment form of YAML, Dockerfiles and shell-like files.
	ignoreHash = regexp.MustCompile(`#[ \t]*plumb:ignore(?:[ \t]+(.*))?$`)
	// ignoreHashOrSlash adds HCL's // comments.
	ignoreHashOrSlash = regexp.MustCompile(`(?:#|//)[ \t]*plumb:ignore(?:[ \t]+(.*))?$`)
)

// ignorePattern picks the comment syntax of a file from its name; nil for formats without
// comments (JSON).
func ignorePattern(file string) *regexp.Regexp {
	switch strings.ToLower(path.Ext(filepath.ToSlash(file))) {
	case ".json":
		return nil
	case ".yaml", ".yml":
		return ignoreHash
	}
	return ignoreHashOrSlash
}

func parseIgnore(file, line string) (ignoreComment, bool) {
	re := ignorePattern(file)
	if re == nil {
		return ignoreComment{}, false
	}
	m := re.FindStringSubmatchIndex(line)
	if m == nil {
		return ignoreComment{}, false
	}
	ig := ignoreComment{column: utf8.RuneCountInString(line[:m[0]]) + 1}
	if m[2] >= 0 {
		ig.ids, ig.reason = splitIgnoreArgs(line[m[2]:m[3]])
	}
	return ig, true
}

// splitIgnoreArgs reads "A,B reason", "A, B reason" or "A reason" into ids and the reason.
func splitIgnoreArgs(s string) (ids []string, reason string) {
	rest := strings.TrimSpace(s)
	for rest != "" {
		end := strings.IndexAny(rest, " \t")
		if end < 0 {
			end = len(rest)
		}
		tok := rest[:end]
		rest = strings.TrimLeft(rest[end:], " \t")
		for _, id := range strings.Split(tok, ",") {
			if id != "" {
				ids = append(ids, id)
			}
		}
		// The id list goes on after "A," and before ",B".
		if !strings.HasSuffix(tok, ",") && !strings.HasPrefix(rest, ",") {
			break
		}
	}
	return ids, strings.TrimSpace(rest)
}

func (ig ignoreComment) names(ruleID string) bool {
	for _, id := range ig.ids {
		if strings.EqualFold(id, ruleID) {
			return true
		}
	}
	return false
}

func (ig ignoreComment) warning(at sourceLine, summary, detail string) resource.Diagnostic {
	return resource.Diagnostic{File: at.file, Line: at.line, Column: ig.column, Summary: summary, Detail: detail}
}
