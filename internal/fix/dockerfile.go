package fix

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/iac/dockerfile"
	"github.com/plumbsec/plumb/internal/resource"
)

// fixDockerfile writes a dockerfile fix as a line edit of the instruction the finding is at.
// No edit changes the number of lines, so the locations of the other findings in the file
// stay right while edits accumulate; every byte outside the edited instruction is kept.
func (p *planner) fixDockerfile(f *finding.Finding, r *resource.Resource) error {
	fx := f.Rule.Fix.Dockerfile
	if fx == nil {
		return fmt.Errorf("the rule's fix does not apply to %s sources", r.Origin)
	}
	loc := f.Location
	if loc.File == "" || loc.StartLine < 1 {
		return fmt.Errorf("the finding has no line to edit")
	}
	inst, ok := instructionAt(r, f.Path)
	if !ok {
		return fmt.Errorf("the finding is not at an instruction")
	}
	fl, err := p.open(loc.File)
	if err != nil {
		return err
	}
	d, err := readDockerfile(fl.yaml, loc.StartLine, max(loc.EndLine, loc.StartLine))
	if err != nil {
		return fmt.Errorf("%s:%d: %w", loc.File, loc.StartLine, err)
	}
	if d.keyword != strings.ToLower(str(inst["instruction"])) {
		return fmt.Errorf("%s:%d: the file no longer has the %s the finding is at", loc.File, loc.StartLine, str(inst["instruction"]))
	}
	if fx.Op == finding.DockerfileAddFlag || fx.Op == finding.DockerfileAppend {
		if err := posixShell(r, f.Path); err != nil {
			return fmt.Errorf("%s:%d: %w", loc.File, loc.StartLine, err)
		}
	}
	var text string
	switch fx.Op {
	case finding.DockerfileUseCopy:
		text, err = d.useCopy(inst)
	case finding.DockerfileAddFlag:
		text, err = d.addFlag(inst, fx)
	case finding.DockerfileAppend:
		text, err = d.appendCommand(r, inst, fx)
	case finding.DockerfileToLabel:
		text, err = d.toLabel(inst, fx.Label)
	case finding.DockerfileCommentOut:
		text, err = d.commentOut()
	default:
		err = fmt.Errorf("unknown Dockerfile fix %q", fx.Op)
	}
	if err != nil {
		return fmt.Errorf("%s:%d: %w", loc.File, loc.StartLine, err)
	}
	out := string(fl.yaml[:d.from]) + text + string(fl.yaml[d.to:])
	if _, err := parseDockerfile([]byte(out)); err != nil {
		return fmt.Errorf("%s: the fix would not parse: %w", fl.name, err)
	}
	fl.yaml = []byte(out)
	fl.findings = append(fl.findings, f)
	return nil
}

// instructionAt returns the instruction object a finding's path is at or inside
// (["stages", i, "run", j, …] or ["stages", i, "instructions", k, …]).
func instructionAt(r *resource.Resource, p resource.Path) (map[string]any, bool) {
	if len(p) < 4 || p[0] != "stages" {
		return nil, false
	}
	v, ok := resource.Get(r.Attributes, p[:4])
	m, _ := v.(map[string]any)
	return m, ok && m != nil && str(m["instruction"]) != ""
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// dockerInst is one instruction's text in a file: bytes [from, to) are its lines, without
// the last line's line ending.
type dockerInst struct {
	src      string // the instruction's text
	from, to int
	endLine  int
	keyword  string // lower case
	escape   byte
	heredoc  bool
}

// parseDockerfile parses src with BuildKit's parser, turning a panic into an error.
func parseDockerfile(src []byte) (res *parser.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("the Dockerfile parser failed: %v", r)
		}
	}()
	return parser.Parse(bytes.NewReader(dockerfile.StripAnnotations(src)))
}

// readDockerfile finds the instruction on lines start..end of src, checking with BuildKit's
// parser that one starts there.
func readDockerfile(src []byte, start, end int) (*dockerInst, error) {
	res, err := parseDockerfile(src)
	if err != nil {
		return nil, fmt.Errorf("the Dockerfile does not parse: %w", err)
	}
	var node *parser.Node
	for _, n := range res.AST.Children {
		if n.StartLine == start {
			node = n
		}
	}
	if node == nil || node.EndLine != end {
		return nil, fmt.Errorf("no instruction on lines %d-%d", start, end)
	}
	from, to := lineOffset(src, start), lineOffset(src, end+1)
	for to > from && (src[to-1] == '\n' || src[to-1] == '\r') {
		to--
	}
	if from < 0 || to < from {
		return nil, fmt.Errorf("no instruction on lines %d-%d", start, end)
	}
	esc := byte('\\')
	if res.EscapeToken == '`' {
		esc = '`'
	}
	d := &dockerInst{src: string(src[from:to]), from: from, to: to, endLine: end, keyword: strings.ToLower(node.Value),
		escape: esc, heredoc: len(node.Heredocs) > 0}
	// The keyword must open the first line, followed by a blank or the line's end.
	i := len(d.src) - len(strings.TrimLeft(d.src, " \t"))
	if k := i + len(d.keyword); d.keyword == "" || k > len(d.src) || !strings.EqualFold(d.src[i:k], d.keyword) ||
		k < len(d.src) && !strings.ContainsRune(" \t\r\n", rune(d.src[k])) {
		return nil, fmt.Errorf("the instruction on line %d is not written plainly", start)
	}
	return d, nil
}

// lineOffset is the byte offset of line n (1-based) in src: len(src) past its last line,
// -1 for n < 1.
func lineOffset(src []byte, n int) int {
	if n < 1 {
		return -1
	}
	off := 0
	for line := 1; line < n; line++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return len(src)
		}
		off += i + 1
	}
	return off
}

// keywordEnd is the offset just past the instruction's keyword.
func (d *dockerInst) keywordEnd() int {
	i := len(d.src) - len(strings.TrimLeft(d.src, " \t"))
	return i + len(d.keyword)
}

// useCopy turns ADD into COPY when none of the ADD's flags is one COPY lacks.
func (d *dockerInst) useCopy(inst map[string]any) (string, error) {
	flags, _ := inst["flags"].(map[string]any)
	for _, only := range []string{"checksum", "keep-git-dir", "unpack"} {
		if _, ok := flags[only]; ok {
			return "", fmt.Errorf("ADD --%s has no COPY equivalent", only)
		}
	}
	i := d.keywordEnd()
	kw := "COPY"
	if d.src[i-len(d.keyword):i] == "add" {
		kw = "copy"
	}
	return d.src[:i-len(d.keyword)] + kw + d.src[i:], nil
}

// addFlag inserts fx.Flag after the subcommand of each shell command whose program matches
// and that lacks the flag. A RUN whose matching commands all have the flag is left as is.
func (d *dockerInst) addFlag(inst map[string]any, fx *finding.DockerfileFix) (string, error) {
	if err := shellForm(inst); err != nil {
		return "", err
	}
	progs := programs(fx.Programs)
	var at []int
	found := false
	for _, cmd := range splitShell(d.src[d.keywordEnd():], d.escape) {
		pi := -1
		for i, w := range cmd {
			if progs.MatchString(path.Base(w.val)) {
				pi = i
				break
			}
		}
		if pi < 0 {
			continue
		}
		si := pi + 1
		for si < len(cmd) && strings.HasPrefix(cmd[si].val, "-") {
			si++
		}
		if si >= len(cmd) || cmd[si].val != fx.Subcommand {
			continue
		}
		found = true
		has := false
		for _, w := range cmd[pi+1:] {
			if w.val == fx.Flag || strings.HasPrefix(w.val, fx.Flag+"=") {
				has = true
			}
		}
		if !has {
			at = append(at, d.keywordEnd()+cmd[si].end)
		}
	}
	if !found {
		return "", fmt.Errorf("no %s %s command written plainly in the RUN", strings.Join(fx.Programs, "|"), fx.Subcommand)
	}
	out := d.src
	for i := len(at) - 1; i >= 0; i-- {
		out = out[:at[i]] + " " + fx.Flag + out[at[i]:]
	}
	return out, nil
}

// appendCommand ends a shell-form RUN with "&& fx.Command", before a comment on its last
// line.
func (d *dockerInst) appendCommand(r *resource.Resource, inst map[string]any, fx *finding.DockerfileFix) (string, error) {
	if err := shellForm(inst); err != nil {
		return "", err
	}
	if d.heredoc {
		return "", fmt.Errorf("the RUN runs a here-document: add %q to it by hand", fx.Command)
	}
	if fx.Programs != nil {
		if line, ok := laterUse(r, d.endLine, programs(fx.Programs), fx.Subcommand); ok {
			return "", fmt.Errorf("the RUN at line %d needs what %q would remove", line, fx.Command)
		}
	}
	body := d.src[d.keywordEnd():]
	cmds := splitShell(body, d.escape)
	if len(cmds) == 0 {
		return "", fmt.Errorf("the RUN has no command")
	}
	last := cmds[len(cmds)-1]
	w := last[len(last)-1]
	end := d.keywordEnd() + w.end
	if w.op != "" && w.op != ")" {
		return "", fmt.Errorf("the RUN ends with %q", w.op)
	}
	// Whatever follows the last word on its line can only be blanks and a comment.
	rest := d.src[end:]
	if strings.ContainsAny(rest, "\n") || strings.TrimSpace(rest) != "" && !strings.HasPrefix(strings.TrimSpace(rest), "#") {
		return "", fmt.Errorf("the RUN does not end on a command Plumb can extend")
	}
	return d.src[:end] + " && " + fx.Command + d.src[end:], nil
}

// laterUse reports the line of a RUN after line end that runs one of progs without first
// running it with sub: it needs what a clean-up appended to an earlier RUN would remove.
func laterUse(r *resource.Resource, end int, progs *regexp.Regexp, sub string) (int, bool) {
	stages, _ := r.Attributes["stages"].([]any)
	for i, st := range stages {
		s, _ := st.(map[string]any)
		runs, _ := s["run"].([]any)
		for j, rv := range runs {
			loc := r.LocationOf(resource.Path{"stages", i, "run", j})
			if loc.StartLine <= end {
				continue
			}
			run, _ := rv.(map[string]any)
			cmds, _ := run["commands"].([]any)
			for _, cv := range cmds {
				c, _ := cv.(map[string]any)
				if !progs.MatchString(str(c["program"])) {
					continue
				}
				args, _ := c["args"].([]any)
				refreshed := false
				for _, a := range args {
					refreshed = refreshed || a == sub
				}
				if !refreshed {
					return loc.StartLine, true
				}
				break
			}
		}
	}
	return 0, false
}

// toLabel replaces a one-line instruction with LABEL label="<its value>", keeping what
// follows the value on the line (a Plumb annotation).
func (d *dockerInst) toLabel(inst map[string]any, label string) (string, error) {
	val := str(inst["value"])
	if strings.ContainsAny(d.src, "\r\n") {
		return "", fmt.Errorf("the instruction spans several lines")
	}
	i := d.keywordEnd()
	rest := strings.TrimLeft(d.src[i:], " \t")
	if val == "" || !strings.HasPrefix(rest, val) {
		return "", fmt.Errorf("the value is not written as Plumb read it")
	}
	indent := d.src[:i-len(d.keyword)]
	kw := "LABEL"
	if d.src[i-len(d.keyword):i] == strings.ToLower(d.src[i-len(d.keyword):i]) {
		kw = "label"
	}
	return indent + kw + " " + label + "=" + d.quote(val) + rest[len(val):], nil
}

// quote writes s as a double-quoted Dockerfile word that expands to s itself.
func (d *dockerInst) quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' || s[i] == '$' || s[i] == d.escape {
			b.WriteByte(d.escape)
		}
		b.WriteByte(s[i])
	}
	b.WriteByte('"')
	return b.String()
}

// commentOut prefixes each line of the instruction with "# "; a comment line inside it is
// already one.
func (d *dockerInst) commentOut() (string, error) {
	if d.heredoc {
		return "", fmt.Errorf("the instruction has a here-document")
	}
	lines := strings.SplitAfter(d.src, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(strings.TrimLeft(l, " \t"), "#") {
			lines[i] = "# " + l
		}
	}
	return strings.Join(lines, ""), nil
}

// posixShell refuses a RUN whose stage set a SHELL that is not a POSIX shell (PowerShell,
// cmd): the writer reads and writes sh syntax.
func posixShell(r *resource.Resource, p resource.Path) error {
	v, _ := resource.Get(r.Attributes, append(p[:2:2], "shell"))
	sh, _ := v.(map[string]any)
	if sh == nil {
		return nil
	}
	args, _ := sh["args"].([]any)
	if len(args) > 0 {
		switch path.Base(strings.ReplaceAll(str(args[0]), "\\", "/")) {
		case "sh", "bash", "ash", "dash", "zsh", "ksh":
			return nil
		}
	}
	return fmt.Errorf("the stage's SHELL is not a POSIX shell: edit the RUN by hand")
}

// shellForm refuses an exec-form instruction: its JSON array is left to a person.
func shellForm(inst map[string]any) error {
	if b, _ := inst["exec_form"].(bool); b {
		return fmt.Errorf("exec-form %s: edit its arguments by hand", str(inst["instruction"]))
	}
	return nil
}

func programs(exprs []string) *regexp.Regexp {
	return regexp.MustCompile(`^(?:` + strings.Join(exprs, "|") + `)$`)
}

// shWord is a word of a shell command (its text without quotes in val, its byte range in
// the text), or an operator that ends a command (op set, val empty).
type shWord struct {
	val        string
	op         string
	start, end int
}

// splitShell splits shell text into simple commands, each a list of words ending with the
// operator that ends it, if any. It knows quotes, backslashes, comments, the Dockerfile's
// line continuations (escape before a newline) and comment lines inside them; it does not
// expand anything. It is only used to find where to write, never to judge, and it cannot
// fail: unclosed quotes run to the end of the text.
func splitShell(s string, esc byte) [][]shWord {
	var cmds [][]shWord
	var cur []shWord
	flush := func(op string, start, end int) {
		if op != "" && len(cur) > 0 {
			cur = append(cur, shWord{op: op, start: start, end: end})
		}
		if len(cur) > 0 {
			cmds = append(cmds, cur)
		}
		cur = nil
	}
	lineStart := true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case lineStart && c == '#':
			// A comment line inside a continued instruction (or a script): up to its newline.
			for i < len(s) && s[i] != '\n' {
				i++
			}
			continue
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case c == esc && continuation(s, i+1):
			i = strings.IndexByte(s[i:], '\n') + i + 1
			lineStart = true
			continue
		case c == '\n':
			flush(";", i, i)
			i++
			lineStart = true
			continue
		}
		lineStart = false
		switch {
		case c == '#':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case strings.HasPrefix(s[i:], "&&"), strings.HasPrefix(s[i:], "||"):
			flush(s[i:i+2], i, i+2)
			i += 2
		case c == ';' || c == '|' || c == '&' || c == '(' || c == ')':
			flush(string(c), i, i+1)
			i++
		default:
			start := i
			var val strings.Builder
			i = readWord(s, i, esc, &val)
			cur = append(cur, shWord{val: val.String(), start: start, end: i})
		}
	}
	flush("", len(s), len(s))
	return cmds
}

// continuation reports whether s[i:] is blanks up to a newline.
func continuation(s string, i int) bool {
	for ; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return false
}

// readWord reads the word starting at s[i] into val and returns the offset past it.
func readWord(s string, i int, esc byte, val *strings.Builder) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '|' || c == '&' || c == '(' || c == ')':
			return i
		case c == esc && continuation(s, i+1):
			return i
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				val.WriteString(s[i+1:])
				return len(s)
			}
			val.WriteString(s[i+1 : i+1+j])
			i += j + 2
		case c == '"':
			i++
			for i < len(s) && s[i] != '"' {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				val.WriteByte(s[i])
				i++
			}
			i++
		case c == '\\' && i+1 < len(s):
			val.WriteByte(s[i+1])
			i += 2
		default:
			val.WriteByte(c)
			i++
		}
	}
	return min(i, len(s))
}
