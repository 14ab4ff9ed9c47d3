package dockerfile

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/plumbsec/plumb/internal/resource"
)

// stageName is what docker build accepts after AS.
var stageName = regexp.MustCompile(`^[a-z][a-z0-9-_.]*$`)

// from starts a stage.
func (b *builder) from(n *parser.Node) {
	loc := b.loc(n)
	args := words(n)
	s := &stage{index: len(b.stages), fromLoc: loc, loc: loc, attrs: map[string]any{},
		config: map[string]setting{}, env: map[string]setting{}, labels: map[string]setting{},
		lists: map[string][]any{}}
	switch {
	case len(args) == 1:
	case len(args) == 3 && strings.EqualFold(args[1], "as"):
		s.name = strings.ToLower(args[2])
		switch {
		case !stageName.MatchString(s.name):
			b.errorf(n, "invalid stage name %q: want a lower-case letter followed by letters, digits, -, _ or .", args[2])
		case b.byName[s.name] != nil:
			b.errorf(n, "duplicate stage name %q", s.name)
		}
	case len(args) == 0:
		b.errorf(n, "FROM needs an image")
	default:
		b.errorf(n, "FROM takes an image and an optional \"AS name\", got %d words (a # after an instruction is not a comment)", len(args))
	}
	s.attrs["index"] = s.index
	image := ""
	if len(args) > 0 {
		image = args[0]
	}
	from := b.fromImage(n, image, parseFlags(n.Flags), s)
	s.attrs["from"] = from
	if s.name != "" { // after the image: a stage can only build on an earlier one
		s.attrs["name"] = s.name
		if b.byName[s.name] == nil {
			b.byName[s.name] = s
		}
	}
	s.vars = newScope(true)
	if p := s.parent; p != nil {
		s.config, s.env, s.labels = copySettings(p.config), copySettings(p.env), copySettings(p.labels)
		s.volumes = append([]setting(nil), p.volumes...)
		for k, v := range p.vars.vars {
			if _, isEnv := p.env[k]; isEnv {
				s.vars.vars[k] = v // the parent's ENV is part of the image; its ARGs are not
			}
		}
	}
	b.stages = append(b.stages, s)
}

// fromImage reads the image a stage builds on: another stage, scratch, or a registry image
// split into its parts. Parts that depend on an ARG without a default are Unknown; a part
// taken whole from an ARG is located at that ARG.
func (b *builder) fromImage(n *parser.Node, raw string, flags []flag, s *stage) map[string]any {
	loc := b.loc(n)
	from := map[string]any{}
	locs := map[string]resource.Location{}
	if f, ok := lastFlag(flags, "platform"); ok {
		e, err := b.expand(f.value, b.meta, strict)
		if err != nil {
			b.errorf(n, "FROM --platform: %v", err)
		}
		from["platform"] = valueOf(e)
		locs["platform"] = via(e.def, loc)
	}
	for _, f := range flags {
		if f.name != "platform" {
			b.errorf(n, "FROM has no --%s flag", f.name)
		}
	}
	e, err := b.expand(raw, b.meta, strict)
	if err != nil {
		b.errorf(n, "FROM image: %v", err)
	}
	whole := via(e.def, loc)
	from["image"] = valueOf(e)
	locs["image"] = whole
	switch v := strings.ToLower(e.value); {
	case !e.known || strings.Contains(e.value, unknownSentinel):
		b.imageParts(raw, e, loc, whole, from, locs)
	case b.byName[v] != nil:
		s.parent = b.byName[v]
		from["ref_stage"] = s.parent.index
		locs["ref_stage"] = whole
	case v == "scratch":
		from["scratch"] = true
		locs["scratch"] = whole
	default:
		b.imageParts(raw, e, loc, whole, from, locs)
	}
	p := s.path("from")
	b.res.SetLocation(p, whole)
	for k, v := range from {
		b.locate(p.Append(k), v, locs[k])
	}
	return from
}

// imageParts fills registry, repository, tag and digest. A part whose raw text is exactly
// one variable reference is located at that variable's definition.
func (b *builder) imageParts(raw string, e expansion, use, whole resource.Location, from map[string]any, locs map[string]resource.Location) {
	if e.value == "" {
		return
	}
	ref := parseImageRef(e.value)
	nameRaw, tagRaw, digestRaw := splitRawRef(raw)
	partLoc := func(partRaw string) resource.Location {
		if pe, err := b.expand(partRaw, b.meta, strict); err == nil && pe.def != nil {
			return via(pe.def, use)
		}
		return whole
	}
	unknownName := strings.Contains(ref.name, unknownSentinel)
	set := func(k, v string, l resource.Location) {
		if strings.Contains(v, unknownSentinel) {
			from[k] = resource.Unknown{}
		} else {
			from[k] = v
		}
		locs[k] = l
	}
	nl := partLoc(nameRaw)
	set("registry", ref.registry, nl)
	set("repository", ref.repository, nl)
	switch {
	case ref.hasTag:
		set("tag", ref.tag, partLoc(tagRaw))
	case unknownName:
		from["tag"], locs["tag"] = resource.Unknown{}, nl // the variable may hold a tag
	}
	switch {
	case ref.hasDigest:
		set("digest", ref.digest, partLoc(digestRaw))
	case unknownName || strings.Contains(ref.tag, unknownSentinel):
		from["digest"], locs["digest"] = resource.Unknown{}, nl
	}
}

// splitRawRef splits a FROM word as written into its name, tag and digest texts, leaving
// ${…} references whole ("${REPO}:${TAG:-1.0}").
func splitRawRef(raw string) (name, tag, digest string) {
	end := len(raw)
	if at := lastOutsideBraces(raw, '@'); at >= 0 {
		digest, end = raw[at+1:], at
	}
	name = raw[:end]
	if colon := lastOutsideBraces(name, ':'); colon > lastOutsideBraces(name, '/') {
		return name[:colon], name[colon+1:], digest
	}
	return name, "", digest
}

// lastOutsideBraces is the index of the last c in s that is not inside ${…}, or -1.
func lastOutsideBraces(s string, c byte) int {
	depth, last := 0, -1
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '$' && i+1 < len(s) && s[i+1] == '{':
			depth++
			i++
		case s[i] == '}' && depth > 0:
			depth--
		case depth == 0 && s[i] == c:
			last = i
		}
	}
	return last
}

// words returns the arguments of a whitespace-delimited or JSON instruction.
func words(n *parser.Node) []string {
	var out []string
	for a := n.Next; a != nil; a = a.Next {
		out = append(out, a.Value)
	}
	return out
}

// parsePort reads an EXPOSE entry: port[-end][/protocol].
func parsePort(s string) (port, end int, proto string, ok bool) {
	spec, proto, hasProto := strings.Cut(s, "/")
	if !hasProto {
		proto = "tcp"
	}
	proto = strings.ToLower(proto)
	if proto != "tcp" && proto != "udp" && proto != "sctp" {
		return 0, 0, "", false
	}
	lo, hi, isRange := strings.Cut(spec, "-")
	port, err := strconv.Atoi(lo)
	if err != nil || port < 0 || port > 65535 {
		return 0, 0, "", false
	}
	end = port
	if isRange {
		end, err = strconv.Atoi(hi)
		if err != nil || end < port || end > 65535 {
			return 0, 0, "", false
		}
	}
	return port, end, proto, true
}
