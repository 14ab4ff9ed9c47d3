package dockerfile

import (
	"path"
	"regexp"
	"strings"
)

// shellCommand is one simple command of a RUN: its words with quotes removed, the
// assignments written before it, and where it stands in its pipeline. Variables are not
// expanded; $(…), `…` and <(…) are kept as written inside the word that holds them.
type shellCommand struct {
	argv     []string
	env      map[string]string
	wrappers []string // sudo, env, exec, … that program runs under
	program  string   // base name of the program actually run
	args     []string // its arguments
	pipeline int      // commands joined by | share a pipeline number
	position int      // 0 for the first command of a pipeline
	subshell bool     // inside ( … ): a cd there does not outlive the subshell
}

// maxShellDepth bounds how far sh -c "…" scripts are followed.
const maxShellDepth = 3

// splitShell splits a shell script into simple commands: lists (;, &&, ||, &, newlines),
// pipelines (|), subshells and groups, with comments, redirections and reserved words
// removed. Scripts passed to sh -c are split too. It never fails: text it does not
// understand ends up in words.
func splitShell(script string) []shellCommand {
	t := &tokenizer{s: script}
	t.run()
	return t.expand(0)
}

type tokenizer struct {
	s        string
	i        int
	cmds     []shellCommand
	argv     []string
	word     strings.Builder
	inWord   bool
	skipWord bool // the next word is a redirection target
	pipeline int
	position int
	depth    int
	startSub bool
}

func (t *tokenizer) run() {
	for t.i < len(t.s) {
		c := t.s[t.i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			t.endWord()
			t.i++
		case c == '\n':
			t.endCommand(false)
			t.i++
		case c == '\\':
			t.escaped()
		case c == '\'':
			t.single()
		case c == '"':
			t.double()
		case c == '#' && !t.inWord:
			for t.i < len(t.s) && t.s[t.i] != '\n' {
				t.i++
			}
		case c == '$' && t.peek(1) == '(':
			t.raw(t.balanced(t.i+1, '(', ')'))
		case c == '$' && t.peek(1) == '{':
			t.raw(t.balanced(t.i+1, '{', '}'))
		case c == '`':
			t.raw(t.until(t.i+1, '`'))
		case c == '<' && t.peek(1) == '(' || c == '>' && t.peek(1) == '(':
			t.raw(t.balanced(t.i+1, '(', ')'))
		case c == '<' || c == '>':
			t.redirect()
		case c == ';':
			t.endCommand(false)
			t.i++
		case c == '&' && t.peek(1) == '>':
			t.redirect()
		case c == '&':
			t.endCommand(false)
			t.i++
			if t.peek(0) == '&' {
				t.i++
			}
		case c == '|':
			if t.peek(1) == '|' {
				t.endCommand(false)
				t.i += 2
				continue
			}
			t.endCommand(true)
			t.i++
			if t.peek(0) == '&' {
				t.i++
			}
		case c == '(' && !t.inWord:
			t.endCommand(false)
			t.depth++
			t.i++
		case c == ')' && t.depth > 0:
			t.endCommand(false)
			t.depth--
			t.i++
		default:
			t.word.WriteByte(c)
			t.inWord = true
			t.i++
		}
	}
	t.endCommand(false)
}

func (t *tokenizer) peek(n int) byte {
	if t.i+n < len(t.s) {
		return t.s[t.i+n]
	}
	return 0
}

func (t *tokenizer) escaped() {
	switch {
	case t.peek(1) == '\n':
		t.i += 2
	case t.i+1 < len(t.s):
		t.word.WriteByte(t.s[t.i+1])
		t.inWord = true
		t.i += 2
	default:
		t.i++
	}
}

func (t *tokenizer) single() {
	end := strings.IndexByte(t.s[t.i+1:], '\'')
	if end < 0 {
		end = len(t.s) - t.i - 1
	}
	t.word.WriteString(t.s[t.i+1 : t.i+1+end])
	t.inWord = true
	t.i += end + 2
}

func (t *tokenizer) double() {
	t.inWord = true
	t.i++
	for t.i < len(t.s) {
		c := t.s[t.i]
		switch {
		case c == '"':
			t.i++
			return
		case c == '\\' && t.i+1 < len(t.s) && strings.IndexByte("\"\\$`\n", t.s[t.i+1]) >= 0:
			if t.s[t.i+1] != '\n' {
				t.word.WriteByte(t.s[t.i+1])
			}
			t.i += 2
		case c == '$' && t.peek(1) == '(':
			end := t.balanced(t.i+1, '(', ')')
			t.word.WriteString(t.s[t.i:end])
			t.i = end
		default:
			t.word.WriteByte(c)
			t.i++
		}
	}
}

// raw appends s[t.i:end] to the current word as written.
func (t *tokenizer) raw(end int) {
	t.word.WriteString(t.s[t.i:end])
	t.inWord = true
	t.i = end
}

// balanced returns the index after the bracket that closes the one at open, skipping quoted
// text; the end of the script when it is not closed.
func (t *tokenizer) balanced(open int, o, c byte) int {
	depth := 0
	for i := open; i < len(t.s); i++ {
		switch t.s[i] {
		case o:
			depth++
		case c:
			depth--
			if depth == 0 {
				return i + 1
			}
		case '\'':
			if j := strings.IndexByte(t.s[i+1:], '\''); j >= 0 {
				i += j + 1
			}
		case '\\':
			i++
		}
	}
	return len(t.s)
}

func (t *tokenizer) until(from int, c byte) int {
	if j := strings.IndexByte(t.s[from:], c); j >= 0 {
		return from + j + 1
	}
	return len(t.s)
}

// redirect drops a redirection: an fd number before it, the operator, and its target
// (unless it duplicates a descriptor: 2>&1). A here-document's delimiter is its target.
func (t *tokenizer) redirect() {
	if t.inWord && isDigits(t.word.String()) {
		t.word.Reset()
		t.inWord = false
	}
	t.endWord()
	for t.i < len(t.s) && strings.IndexByte("<>&|-", t.s[t.i]) >= 0 {
		dup := t.s[t.i] == '&' && t.i > 0 && (t.s[t.i-1] == '>' || t.s[t.i-1] == '<')
		t.i++
		if dup && t.i < len(t.s) && (isDigits(string(t.s[t.i])) || t.s[t.i] == '-') {
			for t.i < len(t.s) && (isDigits(string(t.s[t.i])) || t.s[t.i] == '-') {
				t.i++
			}
			return
		}
	}
	t.skipWord = true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (t *tokenizer) endWord() {
	if !t.inWord {
		return
	}
	if t.skipWord {
		t.skipWord = false
	} else {
		if len(t.argv) == 0 {
			t.startSub = t.depth > 0
		}
		t.argv = append(t.argv, t.word.String())
	}
	t.word.Reset()
	t.inWord = false
}

// endCommand closes the current simple command; pipe says it feeds the next one.
func (t *tokenizer) endCommand(pipe bool) {
	t.endWord()
	t.skipWord = false
	if cmd, ok := newShellCommand(t.argv); ok {
		cmd.pipeline, cmd.position, cmd.subshell = t.pipeline, t.position, t.startSub
		t.cmds = append(t.cmds, cmd)
		if pipe {
			t.position++
		}
	}
	if !pipe {
		if t.position > 0 || len(t.argv) > 0 {
			t.pipeline++
		}
		t.position = 0
	}
	t.argv = nil
}

// reserved words that open or close a compound command; the command after them is what runs.
var reserved = map[string]bool{
	"if": true, "then": true, "else": true, "elif": true, "fi": true, "do": true, "done": true,
	"while": true, "until": true, "{": true, "}": true, "!": true, "esac": true, ";;": true,
}

var assignment = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*=`)

func newShellCommand(words []string) (shellCommand, bool) {
	for len(words) > 0 && reserved[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 || words[0] == "for" || words[0] == "case" || words[0] == "select" {
		return shellCommand{}, false
	}
	cmd := shellCommand{}
	for len(words) > 0 && assignment.MatchString(words[0]) {
		cmd.setEnv(words[0])
		words = words[1:]
	}
	if len(words) == 0 {
		return shellCommand{}, false // a bare assignment runs nothing
	}
	cmd.argv = words
	cmd.unwrap()
	return cmd, true
}

func (c *shellCommand) setEnv(assign string) {
	if c.env == nil {
		c.env = map[string]string{}
	}
	k, v, _ := strings.Cut(assign, "=")
	c.env[k] = v
}

// wrapperOptions lists, per wrapper, the options that take a value.
var wrapperOptions = map[string]string{
	"sudo": "ugCDhprtTU", "doas": "uC", "env": "uSC", "nice": "n", "time": "fo", "exec": "a",
	"nohup": "", "command": "", "builtin": "", "chroot": "",
}

// unwrap finds the program a wrapper (sudo, env, exec, nice, …) runs.
func (c *shellCommand) unwrap() {
	i := 0
	for i < len(c.argv) {
		name := programName(c.argv[i])
		opts, ok := wrapperOptions[name]
		if !ok || i == len(c.argv)-1 {
			break
		}
		c.wrappers = append(c.wrappers, name)
		i++
		for i < len(c.argv) && strings.HasPrefix(c.argv[i], "-") && c.argv[i] != "-" && c.argv[i] != "--" {
			o := c.argv[i]
			i++
			if len(o) == 2 && strings.IndexByte(opts, o[1]) >= 0 {
				i++ // the option's value
			}
		}
		if i < len(c.argv) && c.argv[i] == "--" {
			i++
		}
		for name == "env" && i < len(c.argv) && assignment.MatchString(c.argv[i]) {
			c.setEnv(c.argv[i])
			i++
		}
	}
	if i >= len(c.argv) {
		i = len(c.argv) - 1
	}
	c.program = programName(c.argv[i])
	c.args = c.argv[i+1:]
}

// programName is the base name of a command word that is a path; a word built by expansion
// ($(…), $VAR) is kept whole.
func programName(word string) string {
	if strings.ContainsAny(word, "$`(") {
		return word
	}
	return path.Base(word)
}

var shells = map[string]bool{"sh": true, "bash": true, "dash": true, "ash": true, "zsh": true, "ksh": true, "busybox": false}

// expand appends the commands of scripts run with sh -c "…", numbering their pipelines
// after the script's own.
func (t *tokenizer) expand(depth int) []shellCommand {
	out := t.cmds
	if depth >= maxShellDepth {
		return out
	}
	next := t.pipeline + 1
	for _, c := range t.cmds {
		script, ok := shellScript(c)
		if !ok {
			continue
		}
		inner := &tokenizer{s: script}
		inner.run()
		for _, ic := range inner.expand(depth + 1) {
			ic.pipeline += next
			ic.subshell = ic.subshell || c.subshell
			out = append(out, ic)
		}
		next += inner.pipeline + 1
	}
	return out
}

// shellScript returns the script of "sh -c SCRIPT".
func shellScript(c shellCommand) (string, bool) {
	if !shells[c.program] {
		return "", false
	}
	for i, a := range c.args {
		if strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "--") && strings.Contains(a, "c") && i+1 < len(c.args) {
			return c.args[i+1], true
		}
		if !strings.HasPrefix(a, "-") {
			return "", false
		}
	}
	return "", false
}
