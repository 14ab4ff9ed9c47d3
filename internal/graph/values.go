package graph

import (
	"encoding/json"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// Helpers that read attribute trees. Each returns ok = false for a value that is absent,
// unknown or of another type, so that callers never act on a guess.

func attr(n *Node, path ...any) (any, bool) {
	if n == nil || n.Resource == nil {
		return nil, false
	}
	v, ok := resource.Get(n.Resource.Attributes, resource.Path(path))
	if !ok || resource.IsUnknown(v) {
		return nil, false
	}
	return v, true
}

func str(n *Node, path ...any) (string, bool) {
	v, ok := attr(n, path...)
	s, isStr := v.(string)
	return s, ok && isStr
}

func boolean(n *Node, path ...any) (bool, bool) {
	v, ok := attr(n, path...)
	switch b := v.(type) {
	case bool:
		return b, ok
	case string: // CloudFormation templates and some plans write "true"
		switch strings.ToLower(b) {
		case "true":
			return true, ok
		case "false":
			return false, ok
		}
	}
	return false, false
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func object(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// strings returns the known strings of a string or a list of strings; unknown elements are
// left out and reported by unknown.
func stringsOf(v any) (out []string, unknown bool) {
	switch x := v.(type) {
	case string:
		return []string{x}, false
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			} else {
				unknown = true
			}
		}
		return out, unknown
	case nil:
		return nil, false
	}
	return nil, true
}

// document reads a policy document: adapt parses JSON strings, but a source that could not
// (a plan's value) may still hold one.
func document(v any) map[string]any {
	switch d := v.(type) {
	case map[string]any:
		return d
	case string:
		var m map[string]any
		if json.Unmarshal([]byte(d), &m) == nil {
			return m
		}
	}
	return nil
}
