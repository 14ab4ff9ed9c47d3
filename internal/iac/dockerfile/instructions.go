package dockerfile

import (
	"encoding/json"
	"path"
	"strconv"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/plumbsec/plumb/internal/resource"
)

// instruction reads one instruction into the current stage (or the meta ARGs before the
// first FROM).
func (b *builder) instruction(n *parser.Node) {
	kw := strings.ToUpper(n.Value)
	if kw == "FROM" {
		b.from(n)
		return
	}
	if len(b.stages) == 0 {
		if kw == "ARG" {
			b.metaArg(n)
		} else {
			b.errorf(n, "%s before the first FROM: only ARG may come before it", kw)
		}
		return
	}
	s := b.stages[len(b.stages)-1]
	loc := b.loc(n)
	s.loc.EndLine = max(s.loc.EndLine, loc.EndLine)
	flags := parseFlags(n.Flags)
	entry := map[string]any{"instruction": kw, "value": maskText(argText(n.Original)), "flags": flagMap(flags)}
	if len(n.Heredocs) > 0 {
		entry["heredocs"] = heredocs(n)
	}
	handler, known := handlers[kw]
	if !known {
		b.errorf(n, "unknown instruction %s", kw)
	} else {
		handler(b, s, n, entry, flags, loc)
	}
	b.appendTo(s, "instructions", entry, loc)
}

type handler func(b *builder, s *stage, n *parser.Node, entry map[string]any, flags []flag, loc resource.Location)

var handlers map[string]handler

func init() {
	handlers = map[string]handler{
		"RUN": (*builder).run, "ADD": (*builder).addCopy, "COPY": (*builder).addCopy,
		"ENV": (*builder).env, "ARG": (*builder).stageArg, "LABEL": (*builder).label,
		"USER": (*builder).user, "WORKDIR": (*builder).workdir, "EXPOSE": (*builder).expose,
		"CMD": (*builder).command, "ENTRYPOINT": (*builder).command, "SHELL": (*builder).command,
		"HEALTHCHECK": (*builder).healthcheck, "VOLUME": (*builder).volume,
		"STOPSIGNAL": (*builder).stopsignal, "MAINTAINER": (*builder).maintainer, "ONBUILD": (*builder).onbuild,
	}
}

func heredocs(n *parser.Node) []any {
	out := make([]any, len(n.Heredocs))
	for i, h := range n.Heredocs {
		out[i] = map[string]any{"name": h.Name, "content": maskText(h.Content)}
	}
	return out
}

func (b *builder) run(s *stage, n *parser.Node, entry map[string]any, flags []flag, loc resource.Location) {
	args := words(n)
	exec := n.Attributes["json"]
	entry["exec_form"] = exec
	var cmds []shellCommand
	if exec {
		maskArgv(args)
		entry["value"] = jsonArray(args)
		entry["args"] = strSlice(args)
		entry["command"] = strings.Join(args, " ")
		if len(args) > 0 {
			c, _ := newShellCommand(args)
			cmds = append(cmds, c)
		}
	} else {
		text := maskText(strings.Join(args, " "))
		entry["command"] = text
		cmds = splitShell(text)
		cmds = append(cmds, heredocScripts(n, cmds)...)
	}
	if len(args) == 0 {
		b.errorf(n, "RUN needs a command")
	}
	mounts := []any{}
	for _, m := range allFlags(flags, "mount") {
		mounts = append(mounts, parseMount(m))
	}
	entry["mounts"] = mounts
	for _, k := range []string{"network", "security"} {
		if f, ok := lastFlag(flags, k); ok {
			entry[k] = f.value
		}
	}
	entry["commands"] = commandValues(cmds)
	b.appendTo(s, "run", entry, loc)
}

// heredocScripts splits the here-documents a RUN runs as shell scripts: all of them when
// the command is only here-documents (`RUN <<EOF`), or the one fed to a shell (`RUN bash
// <<EOF`). A script with a shebang for another interpreter is not shell.
func heredocScripts(n *parser.Node, line []shellCommand) []shellCommand {
	if len(n.Heredocs) == 0 {
		return nil
	}
	onlyHeredocs := len(line) == 0
	toShell := len(line) > 0 && shells[line[0].program] && len(line[0].args) == 0
	if !onlyHeredocs && !toShell {
		return nil
	}
	var out []shellCommand
	base := 0
	for _, c := range line {
		base = max(base, c.pipeline+1)
	}
	for _, h := range n.Heredocs {
		if sb, ok := strings.CutPrefix(h.Content, "#!"); ok {
			interp, _, _ := strings.Cut(sb, "\n")
			f := strings.Fields(interp)
			if len(f) == 0 || (!shells[path.Base(f[0])] && !(path.Base(f[0]) == "env" && len(f) > 1 && shells[f[1]])) {
				continue
			}
		}
		cmds := splitShell(maskText(h.Content))
		next := base
		for _, c := range cmds {
			c.pipeline += base
			next = max(next, c.pipeline+1)
			out = append(out, c)
		}
		base = next
	}
	return out
}

func commandValues(cmds []shellCommand) []any {
	out := make([]any, len(cmds))
	for i, c := range cmds {
		maskArgv(c.argv)
		v := map[string]any{"argv": strSlice(c.argv), "program": c.program, "args": strSlice(c.args),
			"pipeline": c.pipeline, "position": c.position, "subshell": c.subshell}
		if len(c.env) > 0 {
			env := make(map[string]any, len(c.env))
			for k, val := range c.env {
				env[k], _ = maskNamed(k, val)
			}
			v["env"] = env
		}
		if len(c.wrappers) > 0 {
			v["wrappers"] = strSlice(c.wrappers)
		}
		out[i] = v
	}
	return out
}

// jsonArray renders exec-form arguments (already masked) as the instruction's value.
func jsonArray(args any) string {
	b, _ := json.Marshal(args)
	return string(b)
}

func strSlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func (b *builder) addCopy(s *stage, n *parser.Node, entry map[string]any, flags []flag, loc resource.Location) {
	kw := entry["instruction"].(string)
	args := words(n)
	if len(args) < 2 {
		b.errorf(n, "%s needs at least one source and a destination", kw)
	}
	var paths []any
	for _, a := range args {
		if strings.HasPrefix(a, "<<") && len(n.Heredocs) > 0 {
			paths = append(paths, a) // a here-document: its content is in heredocs
			continue
		}
		e, err := b.expand(a, s.vars, literal)
		if err != nil {
			b.errorf(n, "%s: %v", kw, err)
		}
		paths = append(paths, e.value)
	}
	entry["sources"] = []any{}
	if len(paths) > 0 {
		entry["sources"] = paths[:len(paths)-1]
		entry["destination"] = paths[len(paths)-1]
	}
	for _, k := range []string{"chown", "chmod", "checksum"} {
		if f, ok := lastFlag(flags, k); ok {
			entry[k] = f.value
		}
	}
	for _, k := range []string{"link", "keep-git-dir", "unpack", "parents"} {
		if v, ok := boolFlag(flags, k); ok {
			entry[strings.ReplaceAll(k, "-", "_")] = v
		}
	}
	if ex := allFlags(flags, "exclude"); len(ex) > 0 {
		entry["exclude"] = strSlice(ex)
	}
	if f, ok := lastFlag(flags, "from"); ok && kw == "COPY" {
		entry["from"] = f.value
		if src := b.byName[strings.ToLower(f.value)]; src != nil && src.index < s.index {
			entry["from_stage"] = src.index
		} else if i, err := strconv.Atoi(f.value); err == nil && i >= 0 && i < s.index {
			entry["from_stage"] = i
		}
	}
	b.appendTo(s, strings.ToLower(kw), entry, loc)
}

// pairs reads the NAME=value pairs of ENV and LABEL (the parser gives key, value, separator
// triples).
func pairs(n *parser.Node) [][2]string {
	var out [][2]string
	for k := n.Next; k != nil && k.Next != nil; {
		out = append(out, [2]string{k.Value, k.Next.Value})
		k = k.Next.Next
		if k != nil {
			k = k.Next
		}
	}
	return out
}

// renderVars is the value text of ENV, ARG and LABEL rebuilt from masked values, so that a
// secret never reaches the model through the instruction's text.
func renderVars(vars []any) string {
	parts := make([]string, len(vars))
	for i, v := range vars {
		m := v.(map[string]any)
		parts[i] = m["name"].(string)
		if val, ok := m["value"].(string); ok {
			if strings.ContainsAny(val, " \t\"'") {
				val = strconv.Quote(val)
			}
			parts[i] += "=" + val
		}
	}
	return strings.Join(parts, " ")
}

func (b *builder) env(s *stage, n *parser.Node, entry map[string]any, _ []flag, loc resource.Location) {
	ps := pairs(n)
	if len(ps) == 0 {
		b.errorf(n, "ENV needs NAME=value")
	}
	vars := make([]any, 0, len(ps))
	for _, p := range ps {
		e, err := b.expand(p[1], s.vars, literal)
		if err != nil {
			b.errorf(n, "ENV %s: %v", p[0], err)
		}
		stored, masked := maskNamed(p[0], e.value)
		if e.secret && !masked {
			stored, masked = Masked, true
		}
		v := map[string]any{"name": p[0], "value": stored}
		if masked {
			v["masked"] = true
		}
		vars = append(vars, v)
		s.vars.vars[p[0]] = variable{value: e.value, known: e.known, secret: masked, loc: loc}
		s.env[p[0]] = setting{stored, loc}
	}
	entry["vars"] = vars
	entry["value"] = renderVars(vars)
}

func (b *builder) label(s *stage, n *parser.Node, entry map[string]any, _ []flag, loc resource.Location) {
	ps := pairs(n)
	if len(ps) == 0 {
		b.errorf(n, "LABEL needs NAME=value")
	}
	vars := make([]any, 0, len(ps))
	for _, p := range ps {
		name, _ := b.expand(p[0], s.vars, literal)
		e, err := b.expand(p[1], s.vars, literal)
		if err != nil {
			b.errorf(n, "LABEL %s: %v", p[0], err)
		}
		stored, masked := maskNamed(name.value, e.value)
		if e.secret && !masked {
			stored, masked = Masked, true
		}
		v := map[string]any{"name": name.value, "value": stored}
		if masked {
			v["masked"] = true
		}
		vars = append(vars, v)
		s.labels[name.value] = setting{stored, loc}
	}
	entry["vars"] = vars
	entry["value"] = renderVars(vars)
}

// metaArg reads an ARG before the first FROM: its default is the value FROM lines see.
func (b *builder) metaArg(n *parser.Node) {
	loc := b.loc(n)
	if len(b.args) == 0 {
		b.argsLoc.StartLine = loc.StartLine
	}
	b.argsLoc.EndLine = loc.EndLine
	for _, v := range b.argDecls(n, b.meta, nil, loc) {
		b.locate(resource.Path{"args", len(b.args)}, v, loc)
		b.args = append(b.args, v)
	}
}

func (b *builder) stageArg(s *stage, n *parser.Node, entry map[string]any, _ []flag, loc resource.Location) {
	vars := b.argDecls(n, s.vars, b.meta, loc)
	for _, v := range vars {
		b.appendTo(s, "args", v, loc)
	}
	entry["vars"] = vars
	entry["value"] = renderVars(vars)
}

// argDecls declares the names of one ARG in sc. A name without a default takes the meta
// ARG's value when there is one (inherit), and is otherwise known only at build time.
func (b *builder) argDecls(n *parser.Node, sc, inherit *scope, loc resource.Location) []any {
	ws := words(n)
	if len(ws) == 0 {
		b.errorf(n, "ARG needs a name")
	}
	out := make([]any, 0, len(ws))
	for _, w := range ws {
		name, def, hasDefault := strings.Cut(w, "=")
		entry := map[string]any{"name": name}
		var v variable
		switch {
		case hasDefault:
			e, err := b.expand(def, sc, literal)
			if err != nil {
				b.errorf(n, "ARG %s: %v", name, err)
			}
			v = variable{value: e.value, known: e.known, secret: e.secret, loc: loc}
		case inherit != nil && hasVar(inherit, name):
			v = inherit.vars[name]
		}
		if v.known {
			stored, masked := maskNamed(name, v.value)
			if v.secret && !masked {
				stored, masked = Masked, true
			}
			v.secret = masked
			entry["value"] = stored
			if masked {
				entry["masked"] = true
			}
		}
		sc.vars[name] = v
		out = append(out, entry)
	}
	return out
}

func hasVar(sc *scope, name string) bool {
	_, ok := sc.vars[name]
	return ok
}

func (b *builder) user(s *stage, n *parser.Node, entry map[string]any, _ []flag, loc resource.Location) {
	raw := strings.TrimSpace(argText(n.Original))
	if raw == "" {
		b.errorf(n, "USER needs a user")
		return
	}
	e, err := b.expand(raw, s.vars, strict)
	if err != nil {
		b.errorf(n, "USER: %v", err)
	}
	at := via(e.def, loc)
	u, g, hasGroup := strings.Cut(e.value, ":")
	known := err == nil
	userVal, groupVal := valueOf(expansion{value: u, known: known}), valueOf(expansion{value: g, known: known})
	entry["user"] = userVal
	s.config["user"] = setting{userVal, at}
	delete(s.config, "group")
	if hasGroup {
		entry["group"] = groupVal
		s.config["group"] = setting{groupVal, at}
	}
}

func (b *builder) workdir(s *stage, n *parser.Node, entry map[string]any, _ []flag, loc resource.Location) {
	raw := strings.TrimSpace(argText(n.Original))
	if raw == "" {
		b.errorf(n, "WORKDIR needs a path")
		return
	}
	e, err := b.expand(raw, s.vars, strict)
	if err != nil {
		b.errorf(n, "WORKDIR: %v", err)
	}
	p := valueOf(e)
	entry["path"] = p
	at := via(e.def, loc)
	dir, isString := p.(string)
	prev, hasPrev := s.config["workdir"]
	prevDir, prevKnown := prev.value.(string)
	switch {
	case !isString:
		s.config["workdir"] = setting{p, at}
	case isAbs(dir):
		entry["resolved"] = dir
		s.config["workdir"] = setting{dir, at}
	case hasPrev && prevKnown:
		resolved := path.Join(prevDir, dir)
		entry["resolved"] = resolved
		s.config["workdir"] = setting{resolved, at}
	case hasPrev:
		entry["resolved"] = resource.Unknown{}
		s.config["workdir"] = setting{resource.Unknown{}, at}
	default:
		s.config["workdir"] = setting{dir, at} // relative to the base image's working directory
	}
}

// isAbs accepts POSIX and Windows absolute paths.
func isAbs(p string) bool {
	return strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\`) ||
		len(p) >= 3 && p[1] == ':' && (p[2] == '\\' || p[2] == '/')
}

func (b *builder) expose(s *stage, n *parser.Node, entry map[string]any, _ []flag, loc resource.Location) {
	ws := words(n)
	if len(ws) == 0 {
		b.errorf(n, "EXPOSE needs a port")
	}
	ports := make([]any, 0, len(ws))
	for _, w := range ws {
		e, err := b.expand(w, s.vars, strict)
		if err != nil {
			b.errorf(n, "EXPOSE: %v", err)
		}
		p := map[string]any{"value": valueOf(e)}
		if _, unknown := p["value"].(resource.Unknown); unknown {
			p["port"] = resource.Unknown{}
		} else if port, end, proto, ok := parsePort(e.value); ok {
			p["port"], p["protocol"] = port, proto
			if end != port {
				p["end_port"] = end
			}
		} else {
			b.errorf(n, "EXPOSE: %q is not a port, a port range or either with /tcp, /udp or /sctp", e.value)
		}
		ports = append(ports, p)
		b.appendTo(s, "expose", p, loc)
	}
	entry["ports"] = ports
}

// command reads CMD, ENTRYPOINT and SHELL, which set the image's configuration.
func (b *builder) command(s *stage, n *parser.Node, entry map[string]any, _ []flag, loc resource.Location) {
	kw := entry["instruction"].(string)
	c := commandForm(n, n.Next)
	for k, v := range c {
		entry[k] = v
	}
	if c["exec_form"] == true {
		entry["value"] = jsonArray(c["args"])
	}
	if kw == "SHELL" && !n.Attributes["json"] {
		b.errorf(n, "SHELL must be written in JSON form: SHELL [\"executable\", \"parameters\"]")
	}
	key := strings.ToLower(kw)
	s.config[key] = setting{c, loc}
	switch kw {
	case "CMD":
		s.cmdHere = true
	case "ENTRYPOINT":
		if !s.cmdHere {
			delete(s.config, "cmd") // docker resets an inherited CMD when ENTRYPOINT is set
		}
	}
}

// commandForm is the shape of CMD, ENTRYPOINT, SHELL and a healthcheck's test:
// {exec_form, args} for the JSON form, {exec_form: false, command} for the shell form.
func commandForm(n, first *parser.Node) map[string]any {
	var args []string
	for a := first; a != nil; a = a.Next {
		args = append(args, a.Value)
	}
	if n.Attributes["json"] {
		maskArgv(args)
		return map[string]any{"exec_form": true, "args": strSlice(args)}
	}
	return map[string]any{"exec_form": false, "command": strings.Join(args, " ")}
}

func (b *builder) healthcheck(s *stage, n *parser.Node, entry map[string]any, flags []flag, loc resource.Location) {
	if n.Next == nil {
		b.errorf(n, "HEALTHCHECK needs NONE or CMD and a command")
		return
	}
	h := map[string]any{}
	switch typ := strings.ToUpper(n.Next.Value); typ {
	case "NONE":
		h["none"] = true
		if n.Next.Next != nil || len(flags) > 0 {
			b.errorf(n, "HEALTHCHECK NONE takes no arguments")
		}
	case "CMD":
		for k, v := range commandForm(n, n.Next.Next) {
			h[k] = v
		}
		if h["exec_form"] == true {
			entry["value"] = "CMD " + jsonArray(h["args"])
		}
		if n.Next.Next == nil {
			b.errorf(n, "HEALTHCHECK CMD needs a command")
		}
	default:
		b.errorf(n, "HEALTHCHECK takes NONE or CMD, not %q", n.Next.Value)
	}
	for _, f := range flags {
		switch f.name {
		case "interval", "timeout", "start-period", "start-interval":
			h[strings.ReplaceAll(f.name, "-", "_")] = f.value
		case "retries":
			if r, err := strconv.Atoi(f.value); err == nil {
				h["retries"] = r
			} else {
				b.errorf(n, "HEALTHCHECK --retries must be a number")
			}
		default:
			b.errorf(n, "HEALTHCHECK has no --%s flag", f.name)
		}
	}
	entry["healthcheck"] = h
	s.config["healthcheck"] = setting{h, loc}
}

func (b *builder) volume(s *stage, n *parser.Node, entry map[string]any, _ []flag, loc resource.Location) {
	ws := words(n)
	if len(ws) == 0 {
		b.errorf(n, "VOLUME needs a path")
	}
	vols := make([]any, 0, len(ws))
	for _, w := range ws {
		e, _ := b.expand(w, s.vars, literal)
		vols = append(vols, e.value)
		s.volumes = append(s.volumes, setting{e.value, loc})
	}
	entry["paths"] = vols
}

func (b *builder) stopsignal(s *stage, n *parser.Node, entry map[string]any, _ []flag, loc resource.Location) {
	e, _ := b.expand(strings.TrimSpace(argText(n.Original)), s.vars, literal)
	s.config["stopsignal"] = setting{e.value, loc}
}

func (b *builder) maintainer(s *stage, n *parser.Node, entry map[string]any, _ []flag, loc resource.Location) {
	if strings.TrimSpace(argText(n.Original)) == "" {
		b.errorf(n, "MAINTAINER needs a name")
	}
}

// onbuild records the trigger; it runs in images built FROM this one, not here. An ENV, ARG
// or LABEL trigger's text is rebuilt with secrets masked.
func (b *builder) onbuild(s *stage, n *parser.Node, entry map[string]any, _ []flag, loc resource.Location) {
	if n.Next == nil || len(n.Next.Children) == 0 {
		b.errorf(n, "ONBUILD needs an instruction")
		return
	}
	child := n.Next.Children[0]
	kw := strings.ToUpper(child.Value)
	entry["trigger"] = kw
	switch kw {
	case "ONBUILD", "FROM", "MAINTAINER":
		b.errorf(n, "ONBUILD cannot trigger %s", kw)
	case "ENV", "LABEL":
		var vars []any
		for _, p := range pairs(child) {
			stored, _ := maskNamed(p[0], p[1])
			vars = append(vars, map[string]any{"name": p[0], "value": stored})
		}
		entry["value"] = kw + " " + renderVars(vars)
	case "ARG":
		var vars []any
		for _, w := range words(child) {
			name, def, ok := strings.Cut(w, "=")
			v := map[string]any{"name": name}
			if ok {
				v["value"], _ = maskNamed(name, def)
			}
			vars = append(vars, v)
		}
		entry["value"] = kw + " " + renderVars(vars)
	}
}
