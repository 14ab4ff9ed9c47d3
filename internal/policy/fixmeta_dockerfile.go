package policy

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/plumbsec/plumb/internal/finding"
)

// dockerfileFixKeys are, per operation, the keys custom.fix.dockerfile must have (true) or
// may have (false) besides op.
var dockerfileFixKeys = map[string]map[string]bool{
	finding.DockerfileUseCopy:    {},
	finding.DockerfileAddFlag:    {"programs": true, "subcommand": true, "flag": true},
	finding.DockerfileAppend:     {"command": true, "programs": false, "subcommand": false},
	finding.DockerfileToLabel:    {"label": true},
	finding.DockerfileCommentOut: {},
}

// readDockerfileFix reads custom.fix.dockerfile: {op: OP, ...the keys OP takes}.
func readDockerfileFix(v any) (*finding.DockerfileFix, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("custom.fix.dockerfile must be {op: ..., ...}, got %v", v)
	}
	op, _ := m["op"].(string)
	keys, ok := dockerfileFixKeys[op]
	if !ok {
		return nil, fmt.Errorf("custom.fix.dockerfile.op: unknown operation %v (want use-copy, add-flag, append, to-label or comment-out)", m["op"])
	}
	fx := &finding.DockerfileFix{Op: op}
	for k, val := range m {
		if k == "op" {
			continue
		}
		if _, ok := keys[k]; !ok {
			return nil, fmt.Errorf("custom.fix.dockerfile: %s takes no key %q", op, k)
		}
		if k == "programs" {
			list, ok := val.([]any)
			if !ok || len(list) == 0 {
				return nil, fmt.Errorf("custom.fix.dockerfile.programs must be a non-empty list of regular expressions, got %v", val)
			}
			for _, e := range list {
				s, ok := e.(string)
				if !ok || s == "" {
					return nil, fmt.Errorf("custom.fix.dockerfile.programs: %v is not a regular expression", e)
				}
				if _, err := regexp.Compile(`^(?:` + s + `)$`); err != nil {
					return nil, fmt.Errorf("custom.fix.dockerfile.programs: %q is not a regular expression: %w", s, err)
				}
				fx.Programs = append(fx.Programs, s)
			}
			continue
		}
		s, ok := val.(string)
		if !ok || strings.TrimSpace(s) == "" || strings.ContainsAny(s, "\r\n") {
			return nil, fmt.Errorf("custom.fix.dockerfile.%s must be a one-line string, got %v", k, val)
		}
		switch k {
		case "subcommand":
			fx.Subcommand = s
		case "flag":
			fx.Flag = s
		case "command":
			fx.Command = s
		case "label":
			fx.Label = s
		}
	}
	for k, required := range keys {
		if _, ok := m[k]; required && !ok {
			return nil, fmt.Errorf("custom.fix.dockerfile: %s needs %s", op, k)
		}
	}
	if (fx.Programs == nil) != (fx.Subcommand == "") {
		return nil, fmt.Errorf("custom.fix.dockerfile: %s takes programs and subcommand together", op)
	}
	return fx, nil
}
