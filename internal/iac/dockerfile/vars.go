package dockerfile

import (
	"regexp"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// unknownSentinel stands for a value Plumb cannot know while a word is expanded; a result
// that contains it is resource.Unknown (or has Unknown parts, for an image reference).
const unknownSentinel = "\x00plumb-unknown\x00"

// variable is an ARG or ENV a word may refer to.
type variable struct {
	value string
	// known is false for an ARG without a default (its value comes from --build-arg) and
	// for a value that itself referred to something unknown.
	known bool
	// secret is true when the value is, or was built from, a secret's value.
	secret bool
	// loc is where the value was set; zero when it was not set in the file.
	loc resource.Location
}

// scope is what a word may refer to: the meta ARGs (those before the first FROM) in a FROM
// line, a stage's ARGs and ENVs inside the stage.
type scope struct {
	vars map[string]variable
	// external is true inside a stage: a name the file never declares may still be defined
	// by the base image's environment, so it is unknown. In a FROM line only meta ARGs and
	// the builder's platform arguments are in scope, and any other name expands to "" as in
	// docker build.
	external bool
}

func newScope(external bool) *scope { return &scope{vars: map[string]variable{}, external: external} }

func (s *scope) clone() *scope {
	c := newScope(s.external)
	for k, v := range s.vars {
		c.vars[k] = v
	}
	return c
}

// platformArgs are defined by the builder for every build; their values depend on where and
// for what the image is built.
var platformArgs = map[string]bool{
	"TARGETPLATFORM": true, "TARGETOS": true, "TARGETARCH": true, "TARGETVARIANT": true,
	"BUILDPLATFORM": true, "BUILDOS": true, "BUILDARCH": true, "BUILDVARIANT": true,
}

// expandMode says what an unresolved reference becomes.
type expandMode int

const (
	// strict: the value becomes unknown (FROM, USER, WORKDIR, EXPOSE, whose values decide
	// rules).
	strict expandMode = iota
	// literal: the reference is kept as written ("$PATH").
	literal
)

// expansion is the result of expanding a word.
type expansion struct {
	value string
	// known is false when the value depends on something unknown; in strict mode value then
	// holds unknownSentinel where the unknown part was.
	known  bool
	secret bool
	// def is where the value was set when the word is exactly one reference ("$BASE",
	// "${TAG}") to a variable set in the file.
	def *resource.Location
}

// getter resolves names for BuildKit's shell lexer and notes what it met.
type getter struct {
	sc         *scope
	mode       expandMode
	unresolved bool
	secret     bool
}

func (g *getter) Get(name string) (string, bool) {
	v, declared := g.sc.vars[name]
	if declared && v.known {
		g.secret = g.secret || v.secret
		return v.value, true
	}
	if !declared && !g.sc.external && !platformArgs[name] {
		return "", false // docker build expands an undeclared name in FROM to ""
	}
	g.unresolved = true
	if g.mode == strict {
		return unknownSentinel, true
	}
	return "", false // SkipUnsetEnv keeps the reference as written
}

func (g *getter) Keys() []string {
	keys := make([]string, 0, len(g.sc.vars))
	for k := range g.sc.vars {
		keys = append(keys, k)
	}
	return keys
}

var singleReference = regexp.MustCompile(`^\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\})$`)

// expand substitutes variables in word as docker build does (quotes removed, escapes
// applied), with unresolved references handled by mode.
func (b *builder) expand(word string, sc *scope, mode expandMode) (expansion, error) {
	if !strings.ContainsAny(word, `$"'\`+string(b.escape)) {
		return expansion{value: word, known: true}, nil
	}
	g := &getter{sc: sc, mode: mode}
	b.lex.SkipUnsetEnv = mode == literal
	res, err := b.lex.ProcessWordWithMatches(word, g)
	if err != nil {
		return expansion{value: word, known: false}, err
	}
	e := expansion{value: res.Result, known: !g.unresolved, secret: g.secret}
	if m := singleReference.FindStringSubmatch(word); m != nil {
		name := m[1] + m[2]
		if v, ok := sc.vars[name]; ok && v.known && !v.loc.IsZero() {
			loc := v.loc
			e.def = &loc
		}
	}
	return e, nil
}

// valueOf is the attribute value of a strict expansion: the string, or Unknown.
func valueOf(e expansion) any {
	if !e.known || strings.Contains(e.value, unknownSentinel) {
		return resource.Unknown{}
	}
	return e.value
}

// via locates a value that came whole from a variable at the variable's definition, with
// the instruction that used it in Via; otherwise at the instruction.
func via(def *resource.Location, use resource.Location) resource.Location {
	if def == nil {
		return use
	}
	l := *def
	l.Via = []resource.Location{use}
	return l
}
